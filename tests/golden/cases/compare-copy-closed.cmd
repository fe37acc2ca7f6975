compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json examples/amazon-l5-pm.json --today 2026-12-02 --no-chart
