validate tests/bad/refresh-both.json
