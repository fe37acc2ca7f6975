validate tests/bad/savings-hsa-no-coverage.json
