validate tests/bad/name-bidi.json
