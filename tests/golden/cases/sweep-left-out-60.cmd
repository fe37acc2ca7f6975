sweep examples/amazon-l5-pm.json --rsu 0..100k/50k --base 0..20k/10k --against examples/meta-ic5-pm.json --after-tax
