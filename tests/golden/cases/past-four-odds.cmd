odds tests/past-four/promoted.json tests/past-four/steady.json --years 6 --paths 20000
