compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json --confidence 100 --today 2026-11-23
