check examples/amazon-l5-pm.json --against examples/startup-series-b.json --option-multiple 0.9
