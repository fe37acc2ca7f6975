validate tests/bad/vesting-empty.json
