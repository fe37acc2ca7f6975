compare --json examples/amazon-l5-pm.json examples/meta-ic5-pm.json examples/current-job.json --base 400k --today 2026-11-23
