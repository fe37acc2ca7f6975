compare --full --today 2026-12-06 tests/review/aboveband.json tests/review/google-live.json
