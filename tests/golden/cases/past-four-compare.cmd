compare tests/past-four/promoted.json tests/past-four/steady.json --years 6 --today 2026-11-23 --full --no-chart
