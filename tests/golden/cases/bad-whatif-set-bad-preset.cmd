show examples/amazon-l5-pm.json --set rsu.vesting=weekly
