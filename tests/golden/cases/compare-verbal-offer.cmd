compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json --today 2026-11-23 --no-chart --set kind=verbal
