leave examples/amazon-l5-pm.json --after 13 --set sign_on.clawback=true --json
