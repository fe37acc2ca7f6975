validate tests/bad/transition-options-strike-zero.json
