validate tests/bad/rsu-shares-times-price-too-large.json
