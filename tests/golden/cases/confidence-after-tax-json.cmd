compare --json examples/amazon-l5-pm.json examples/meta-ic5-pm.json --confidence 75 --after-tax --paths 20000 --today 2026-11-23
