validate tests/bad/sign-on-string.json
