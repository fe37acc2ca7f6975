validate tests/bad/fixed-twice.json
