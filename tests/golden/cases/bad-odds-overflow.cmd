odds examples/amazon-l5-pm.json examples/meta-ic5-pm.json --volatility 300 --years 10 --paths 20000
