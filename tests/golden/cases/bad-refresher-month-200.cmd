validate tests/bad/refresher-month-200.json
