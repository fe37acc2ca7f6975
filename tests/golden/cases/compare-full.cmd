compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json examples/current-job.json --today 2026-11-23 --full
