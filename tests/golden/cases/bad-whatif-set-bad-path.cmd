show examples/amazon-l5-pm.json --set base.min=1
