summary examples/startup-series-b.json examples/amazon-l5-pm.json
