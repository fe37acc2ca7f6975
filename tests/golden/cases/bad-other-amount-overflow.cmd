validate tests/bad/other-amount-overflow.json
