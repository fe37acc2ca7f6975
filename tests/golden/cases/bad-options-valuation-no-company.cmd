validate tests/bad/options-valuation-no-company.json
