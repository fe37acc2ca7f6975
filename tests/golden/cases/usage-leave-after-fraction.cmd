leave examples/amazon-l5-pm.json --after 13.5
