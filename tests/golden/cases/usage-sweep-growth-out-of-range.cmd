sweep examples/amazon-l5-pm.json --growth 0..2000/100
