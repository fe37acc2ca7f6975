validate tests/bad/rsu-grant-and-shares.json
