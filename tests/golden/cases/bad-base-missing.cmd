validate tests/bad/base-missing.json
