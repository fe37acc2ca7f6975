validate tests/bad/savings-401k-pct-over-100.json
