validate tests/bad/options-no-preferred.json
