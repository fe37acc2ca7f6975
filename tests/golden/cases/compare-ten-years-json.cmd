compare examples/amazon-l5-pm.json examples/current-job.json --years 10 --today 2026-11-23 --json
