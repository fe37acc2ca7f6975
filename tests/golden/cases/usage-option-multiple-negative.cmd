show examples/startup-series-b.json --option-multiple=-1
