validate tests/bad/base-huge-integer.json
