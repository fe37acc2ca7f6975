sweep examples/amazon-l5-pm.json --rsu 0..10k/5k --json
