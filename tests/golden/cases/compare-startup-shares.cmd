compare --full examples/startup-series-b.json examples/meta-ic5-pm.json examples/current-job.json --today 2026-11-23
