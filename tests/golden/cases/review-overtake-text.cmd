compare --full --today 2026-12-06 tests/review/lead-a.json tests/review/lead-b.json
