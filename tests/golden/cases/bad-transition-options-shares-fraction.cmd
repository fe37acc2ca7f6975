validate tests/bad/transition-options-shares-fraction.json
