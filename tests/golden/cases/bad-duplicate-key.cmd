validate tests/bad/duplicate-key.json
