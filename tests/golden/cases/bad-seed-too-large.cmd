odds examples/amazon-l5-pm.json examples/meta-ic5-pm.json --seed 18446744073709551616
