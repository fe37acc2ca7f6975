sweep examples/amazon-l5-pm.json --growth -10..20/10 --jsonl --against examples/meta-ic5-pm.json
