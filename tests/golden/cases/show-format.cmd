show examples/amazon-l5-pm.json --format '{total:k}' --rsu +30k
