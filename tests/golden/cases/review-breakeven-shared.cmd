compare --full --years 1 --today 2026-12-06 tests/review/same-a.json tests/review/same-b.json
