odds examples/amazon-l5-pm.json
