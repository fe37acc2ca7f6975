show examples/amazon-l5-pm.json --set rsu=null --rsu +10k
