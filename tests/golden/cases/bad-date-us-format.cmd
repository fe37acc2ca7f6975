validate tests/bad/date-us-format.json
