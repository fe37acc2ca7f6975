validate tests/bad/top-level-array.json
