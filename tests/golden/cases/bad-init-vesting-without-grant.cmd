init --base 175k --vesting amazon
