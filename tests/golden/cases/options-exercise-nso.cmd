show tests/tax/startup-409a.json --after-tax --state TX --set options.type=nso --set options.early_exercise=true
