validate tests/bad/other-year-and-every-year.json
