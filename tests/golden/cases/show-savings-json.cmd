show examples/savings-pittsburgh.json --after-tax --json --years 2
