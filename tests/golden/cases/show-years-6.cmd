show --years 6 examples/amazon-l5-pm.json
