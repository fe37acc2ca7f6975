validate tests/bad/binary.json
