compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json --today 2200-01-01
