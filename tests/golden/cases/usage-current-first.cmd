compare examples/current-job.json examples/meta-ic5-pm.json --today 2026-11-23
