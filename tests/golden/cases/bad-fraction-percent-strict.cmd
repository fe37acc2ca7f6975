validate --strict tests/bad/fraction-percent.json
