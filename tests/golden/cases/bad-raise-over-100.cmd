validate tests/bad/raise-over-100.json
