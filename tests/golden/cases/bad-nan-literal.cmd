validate tests/bad/nan-literal.json
