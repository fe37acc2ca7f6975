validate tests/bad/date-past-range.json
