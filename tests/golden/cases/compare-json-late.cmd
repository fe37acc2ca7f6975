compare --json examples/amazon-l5-pm.json examples/meta-ic5-pm.json --set level=L7 --today 2027-03-01
