show examples/amazon-l5-pm.json --raise-pct 101
