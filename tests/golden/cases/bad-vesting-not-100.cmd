validate tests/bad/vesting-not-100.json
