validate tests/bad/conversion-too-many-shares.json
