show tests/review/otheryear.json
