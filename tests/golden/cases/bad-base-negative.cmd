validate tests/bad/base-negative.json
