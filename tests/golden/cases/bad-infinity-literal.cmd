validate tests/bad/infinity-literal.json
