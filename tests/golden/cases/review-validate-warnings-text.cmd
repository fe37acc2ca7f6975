validate tests/review/aboveband.json tests/review/low.json tests/review/startbefore.json tests/review/otheryear.json tests/review/msft63.json
