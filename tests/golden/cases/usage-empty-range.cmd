sweep examples/amazon-l5-pm.json --rsu 100k..0/10k
