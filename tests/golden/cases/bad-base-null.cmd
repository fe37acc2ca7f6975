validate tests/bad/base-null.json
