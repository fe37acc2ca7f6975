batch --option-multiple 3
