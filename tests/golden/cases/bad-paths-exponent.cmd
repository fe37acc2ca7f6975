odds examples/amazon-l5-pm.json examples/meta-ic5-pm.json --paths 1e6
