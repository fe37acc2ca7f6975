sweep examples/amazon-l5-pm.json --years 8 --refresh 0..80k/20k
