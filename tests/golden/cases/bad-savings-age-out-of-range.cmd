validate tests/bad/savings-age-out-of-range.json
