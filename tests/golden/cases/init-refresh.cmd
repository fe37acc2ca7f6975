init --name 'Amazon L5 PM' --base 175k --sign-on 65k/52k --rsu 240k --vesting amazon --refresh-pct 25 --bonus-pct 10 --bonus-payout-pct 90
