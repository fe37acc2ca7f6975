compare examples/meta-ic5-pm.json examples/amazon-l5-pm.json --confidence 60 --after-tax --years 6 --paths 5000 --seed 7 --today 2026-11-23 --no-chart
