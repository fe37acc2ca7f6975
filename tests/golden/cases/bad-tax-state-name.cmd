show examples/amazon-l5-pm.json --after-tax --state "new york"
