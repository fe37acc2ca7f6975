show tests/past-four/promoted.json --years 6
