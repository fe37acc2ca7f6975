show --json tests/review/aboveband.json
