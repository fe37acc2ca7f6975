show examples/amazon-l5-pm.json --years 10 --set refresh.yearly_pct_of_grant=25
