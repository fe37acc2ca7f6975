validate tests/bad/vesting-percent-too-precise.json
