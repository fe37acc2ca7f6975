validate tests/bad/unknown-key-no-suggestion.json
