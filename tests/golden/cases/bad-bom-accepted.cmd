validate tests/bad/bom-accepted.json
