validate tests/bad/promotion-probability-percent.json
