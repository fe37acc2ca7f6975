odds examples/amazon-l5-pm.json examples/startup-series-b.json
