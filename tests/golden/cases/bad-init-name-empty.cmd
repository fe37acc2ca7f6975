init --base 175k --name ''
