sweep examples/amazon-l5-pm.json --rsu 0..1000k/0.01 --sign-on-y1 0..10k/1
