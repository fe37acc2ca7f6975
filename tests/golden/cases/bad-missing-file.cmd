validate tests/bad/no-such-file.json
