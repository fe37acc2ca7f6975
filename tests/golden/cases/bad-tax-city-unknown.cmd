validate tests/bad/tax-city-unknown.json
