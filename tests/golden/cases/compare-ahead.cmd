compare examples/meta-ic5-pm.json examples/amazon-l5-pm.json --today 2026-11-23 --no-chart --no-script
