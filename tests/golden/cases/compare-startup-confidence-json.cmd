compare examples/startup-series-b.json examples/meta-ic5-pm.json --odds --confidence 20 --paths 20000 --json --today 2026-11-23
