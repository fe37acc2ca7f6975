show --json --after-tax tests/tax/startup-409a.json
