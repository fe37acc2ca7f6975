validate tests/bad/vesting-mixed.json
