validate tests/bad/name-control.json
