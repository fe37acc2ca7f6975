show examples/amazon-l5-pm.json --years 11
