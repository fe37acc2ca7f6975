validate tests/bad/options-type-unknown.json
