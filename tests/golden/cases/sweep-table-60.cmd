sweep examples/amazon-l5-pm.json --rsu 0..100k/25k --sign-on-y1 0..20k/10k --against examples/meta-ic5-pm.json
