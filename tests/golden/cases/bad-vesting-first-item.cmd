validate tests/bad/vesting-first-item.json
