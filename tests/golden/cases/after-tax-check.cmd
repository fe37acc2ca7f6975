check examples/amazon-l5-pm.json --after-tax --against examples/meta-ic5-pm.json
