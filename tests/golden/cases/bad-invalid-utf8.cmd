validate tests/bad/invalid-utf8.json
