compare --full --after-tax examples/startup-series-b.json examples/amazon-l5-pm.json --today 2026-11-23
