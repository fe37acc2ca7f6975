leave examples/startup-series-b.json --after 30 --set tax=null --set options.shares=400000 --set options.exercise_window_days=3650
