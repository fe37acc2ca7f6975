check examples/amazon-l5-pm.json --floor 1M --against examples/meta-ic5-pm.json --json
