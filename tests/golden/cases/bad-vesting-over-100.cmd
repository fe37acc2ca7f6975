validate tests/bad/vesting-over-100.json
