validate tests/bad/unknown-key-nested.json
