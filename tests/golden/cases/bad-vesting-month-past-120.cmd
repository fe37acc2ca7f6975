validate tests/bad/vesting-month-past-120.json
