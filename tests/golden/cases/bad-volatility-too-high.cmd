validate tests/bad/volatility-too-high.json
