validate tests/bad/other-year-11.json
