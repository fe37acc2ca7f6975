leave --json --after 30 tests/tax/startup-409a.json
