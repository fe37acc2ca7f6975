validate tests/bad/savings-match-no-up-to.json
