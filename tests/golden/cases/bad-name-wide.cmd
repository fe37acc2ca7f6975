validate tests/bad/name-wide.json
