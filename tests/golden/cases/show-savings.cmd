show examples/savings-pittsburgh.json --after-tax
