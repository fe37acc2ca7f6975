summary --json examples/startup-series-b.json
