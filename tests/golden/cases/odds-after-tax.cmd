odds examples/amazon-l5-pm.json examples/meta-ic5-pm.json --after-tax --paths 20000 --seed 7
