validate tests/bad/empty.json
