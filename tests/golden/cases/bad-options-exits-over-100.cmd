validate tests/bad/options-exits-over-100.json
