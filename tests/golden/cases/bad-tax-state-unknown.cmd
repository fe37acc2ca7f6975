validate tests/bad/tax-state-unknown.json
