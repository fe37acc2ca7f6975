show --after-tax --state wa examples/meta-ic5-pm.json
