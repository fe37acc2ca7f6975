odds examples/amazon-l5-pm.json examples/meta-ic5-pm.json --seed 99999999999999999999999
