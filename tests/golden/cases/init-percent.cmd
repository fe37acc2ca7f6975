init --base 100k --bonus-pct 15% --raise-pct 0.5
