show examples/startup-series-b.json --option-price 12 --json
