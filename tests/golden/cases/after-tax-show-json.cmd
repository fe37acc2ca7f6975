show examples/amazon-l5-pm.json --after-tax --state NY --city NYC --filing married_joint --json
