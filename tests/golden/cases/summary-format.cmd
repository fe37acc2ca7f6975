summary examples/amazon-l5-pm.json examples/meta-ic5-pm.json --format '{name}: {y1} in year 1, {total:raw} over {years} years'
