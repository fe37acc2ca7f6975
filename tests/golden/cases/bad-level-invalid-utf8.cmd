show tests/bad/level-invalid-utf8.json
