validate tests/bad/date-before-range.json
