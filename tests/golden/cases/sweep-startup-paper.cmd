sweep examples/startup-series-b.json --base 0..20k/10k --against examples/amazon-l5-pm.json
