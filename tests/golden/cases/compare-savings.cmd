compare examples/savings-pittsburgh.json examples/amazon-l5-pm.json --after-tax --today 2026-11-23 --no-chart
