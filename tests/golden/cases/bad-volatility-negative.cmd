validate tests/bad/volatility-negative.json
