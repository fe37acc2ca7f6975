sweep examples/amazon-l5-pm.json --growth -200..0/10
