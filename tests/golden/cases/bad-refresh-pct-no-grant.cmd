validate tests/bad/refresh-pct-no-grant.json
