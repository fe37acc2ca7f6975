leave examples/amazon-l5-pm.json --after 18
