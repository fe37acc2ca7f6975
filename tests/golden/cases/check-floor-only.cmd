check examples/amazon-l5-pm.json --floor 1M
