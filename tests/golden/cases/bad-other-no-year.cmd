validate tests/bad/other-no-year.json
