validate tests/bad/too-large.json
