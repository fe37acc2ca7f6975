validate tests/bad/malformed-single-quotes.json
