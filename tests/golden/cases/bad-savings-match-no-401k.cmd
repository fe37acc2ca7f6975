validate tests/bad/savings-match-no-401k.json
