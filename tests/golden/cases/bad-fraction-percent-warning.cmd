validate tests/bad/fraction-percent.json
