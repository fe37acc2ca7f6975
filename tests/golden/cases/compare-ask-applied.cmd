compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json --rsu +112000 --sign-on-y1 +79000 --today 2026-11-23 --no-chart
