show examples/amazon-l5-pm.json --rsu +50k --growth 10 --convention recruiter --set sign_on.year2=60000
