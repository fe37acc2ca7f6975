summary --json examples/current-job.json
