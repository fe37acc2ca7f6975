validate tests/bad/options-strike-zero.json
