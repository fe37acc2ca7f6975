validate tests/bad/deep-nesting.json
