validate tests/bad/vesting-tranche-no-pct.json
