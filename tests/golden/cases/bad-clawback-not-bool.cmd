validate tests/bad/clawback-not-bool.json
