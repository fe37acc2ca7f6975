summary --years 10 examples/amazon-l5-pm.json examples/meta-ic5-pm.json examples/current-job.json examples/savings-pittsburgh.json examples/startup-series-b.json
