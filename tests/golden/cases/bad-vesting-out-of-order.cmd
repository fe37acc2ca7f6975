validate tests/bad/vesting-out-of-order.json
