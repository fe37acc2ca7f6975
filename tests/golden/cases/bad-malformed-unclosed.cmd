validate tests/bad/malformed-unclosed.json
