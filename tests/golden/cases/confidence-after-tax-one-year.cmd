compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json examples/current-job.json --confidence 90 --after-tax --years 1 --paths 5000 --today 2026-11-23 --no-chart
