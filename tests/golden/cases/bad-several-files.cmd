validate examples/amazon-l5-pm.json tests/bad/base-zero.json tests/bad/no-such-file.json
