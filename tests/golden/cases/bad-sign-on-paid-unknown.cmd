validate tests/bad/sign-on-paid-unknown.json
