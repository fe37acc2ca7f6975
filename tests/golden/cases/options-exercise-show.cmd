show tests/tax/startup-409a.json --after-tax
