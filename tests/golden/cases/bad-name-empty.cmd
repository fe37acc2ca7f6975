validate tests/bad/name-empty.json
