validate tests/bad/volatility-string.json
