compare --json examples/startup-series-b.json examples/meta-ic5-pm.json --today 2026-11-23
