show examples/amazon-l5-pm.json --growth 1001
