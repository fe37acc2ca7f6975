validate tests/bad/base-sub-cent.json
