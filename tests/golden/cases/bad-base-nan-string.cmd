validate tests/bad/base-nan-string.json
