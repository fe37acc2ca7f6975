validate tests/bad/transition-options-no-price.json
