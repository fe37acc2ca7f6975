validate tests/bad/vesting-negative-percent.json
