check examples/amazon-l5-pm.json --against examples/meta-ic5-pm.json
