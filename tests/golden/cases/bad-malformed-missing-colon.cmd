validate tests/bad/malformed-missing-colon.json
