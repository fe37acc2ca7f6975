sweep examples/amazon-l5-pm.json --rsu 20k..30k/5k --against examples/meta-ic5-pm.json --after-tax
