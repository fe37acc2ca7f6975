compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json --today 2026-11-25 --no-chart --json --set close_date=2026-11-24
