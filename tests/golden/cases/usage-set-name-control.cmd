show examples/amazon-l5-pm.json --set $'name=\e[2J'
