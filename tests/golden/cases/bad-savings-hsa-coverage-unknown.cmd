validate tests/bad/savings-hsa-coverage-unknown.json
