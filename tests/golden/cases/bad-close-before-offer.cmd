validate tests/bad/close-before-offer.json
