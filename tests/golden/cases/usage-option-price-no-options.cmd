show examples/amazon-l5-pm.json examples/meta-ic5-pm.json --option-price 12
