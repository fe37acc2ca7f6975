validate tests/bad/rsu-shares-fraction.json
