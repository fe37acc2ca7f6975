validate tests/bad/growth-minus-100.json
