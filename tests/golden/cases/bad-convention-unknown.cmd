validate tests/bad/convention-unknown.json
