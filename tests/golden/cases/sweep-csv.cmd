sweep examples/amazon-l5-pm.json --rsu 0..100k/30k --csv
