show examples/missing.json
