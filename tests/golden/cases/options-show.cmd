show examples/startup-series-b.json
