validate tests/bad/tax-filing-missing.json
