show examples/amazon-l5-pm.json --rsu -500k
