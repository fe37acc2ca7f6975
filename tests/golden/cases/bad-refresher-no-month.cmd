validate tests/bad/refresher-no-month.json
