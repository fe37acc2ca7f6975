compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json --after-tax --target 1.2M --today 2026-11-23
