init --base 100k -o examples/amazon-l5-pm.json
