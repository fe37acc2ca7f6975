validate tests/bad/total-overflow.json
