odds examples/amazon-l5-pm.json examples/meta-ic5-pm.json examples/current-job.json --correlation -0.8
