validate tests/bad/duplicate-nested-key.json
