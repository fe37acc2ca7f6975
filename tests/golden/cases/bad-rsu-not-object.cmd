validate tests/bad/rsu-not-object.json
