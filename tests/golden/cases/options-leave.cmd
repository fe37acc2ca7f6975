leave tests/tax/startup-409a.json --after 30
