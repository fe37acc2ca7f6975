report examples/amazon-l5-pm.json examples/meta-ic5-pm.json -o examples/meta-ic5-pm.json
