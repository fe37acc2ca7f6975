show tests/bad/tax-none.json --after-tax
