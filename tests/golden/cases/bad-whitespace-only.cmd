validate tests/bad/whitespace-only.json
