show examples/amazon-l5-pm.json --growth 12.34567
