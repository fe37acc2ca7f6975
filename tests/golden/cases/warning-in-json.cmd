summary --json tests/bad/fraction-percent.json --years 1
