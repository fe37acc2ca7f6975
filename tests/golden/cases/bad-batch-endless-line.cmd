batch /dev/zero
