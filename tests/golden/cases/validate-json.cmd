validate --json examples/amazon-l5-pm.json tests/bad/fraction-percent.json tests/bad/clawback-not-bool.json tests/bad/no-such-file.json
