validate tests/bad/base-minus-zero.json
