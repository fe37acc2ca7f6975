summary examples/amazon-l5-pm.json examples/meta-ic5-pm.json --format '{name}: {guaranteed} guaranteed, {at_risk} at risk, of {total}'
