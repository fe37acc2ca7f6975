validate tests/bad/fixed-unknown-lever.json
