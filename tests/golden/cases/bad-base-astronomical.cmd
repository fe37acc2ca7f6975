validate tests/bad/base-astronomical.json
