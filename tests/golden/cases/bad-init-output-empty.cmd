init --base 175k -o ''
