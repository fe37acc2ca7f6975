validate tests/bad/percent-huge.json
