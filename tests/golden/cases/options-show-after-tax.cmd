show examples/startup-series-b.json --after-tax
