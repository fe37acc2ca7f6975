validate tests/bad/options-shares-negative.json
