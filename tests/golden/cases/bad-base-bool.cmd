validate tests/bad/base-bool.json
