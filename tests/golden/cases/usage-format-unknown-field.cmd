summary examples/amazon-l5-pm.json --format '{toal}'
