validate tests/bad/nul-leading.json
