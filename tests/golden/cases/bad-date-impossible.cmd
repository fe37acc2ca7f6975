validate tests/bad/date-impossible.json
