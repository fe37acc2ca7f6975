validate tests/bad/nul-trailing.json
