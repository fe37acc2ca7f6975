show examples/amazon-l5-pm.json --jsn
