validate tests/bad/rsu-shares-no-price.json
