validate tests/bad/name-blank.json
