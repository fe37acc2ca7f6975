compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json --confidence 75 --today 2026-11-23 --no-chart --no-script
