compare examples/amazon-l5-pm.json --target 1.15M --today 2026-11-23 --no-chart
