validate tests/bad/savings-401k-both.json
