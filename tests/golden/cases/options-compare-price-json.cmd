compare examples/amazon-l5-pm.json examples/startup-series-b.json --today 2026-11-23 --option-price 4 --json
