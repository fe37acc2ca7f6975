validate tests/bad/unknown-key-suggestion.json
