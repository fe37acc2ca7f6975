validate tests/bad/vesting-unknown-preset.json
