validate tests/bad/malformed-trailing-comma.json
