validate tests/bad/rsu-no-vesting.json
