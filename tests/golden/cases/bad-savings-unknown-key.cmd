validate tests/bad/savings-unknown-key.json
