validate tests/bad/base-zero.json
