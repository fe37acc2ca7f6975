validate tests/bad/band-inverted.json
