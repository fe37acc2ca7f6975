validate tests/bad/top-level-string.json
