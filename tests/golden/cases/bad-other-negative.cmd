validate tests/bad/other-negative.json
