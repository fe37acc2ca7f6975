validate tests/bad/transition-options-unknown-key.json
