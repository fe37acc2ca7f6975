validate tests/bad/options-strike-above-preferred.json
