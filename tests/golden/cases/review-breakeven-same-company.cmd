compare --full --today 2026-12-06 tests/review/msft63.json tests/review/msft64.json tests/review/google-closed.json
