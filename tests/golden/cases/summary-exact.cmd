summary --exact examples/meta-ic5-pm.json
