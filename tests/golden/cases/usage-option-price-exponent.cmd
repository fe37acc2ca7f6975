show examples/startup-series-b.json --option-price 1e3
