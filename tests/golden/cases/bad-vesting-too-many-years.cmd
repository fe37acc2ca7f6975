validate tests/bad/vesting-too-many-years.json
