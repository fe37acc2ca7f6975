validate tests/bad/base-string.json
