check examples/current-job.json
