init --name 'Amazon L5 PM' --kind offer --location 'Seattle, WA' --offer-date 2026-11-20 --close-date 2026-12-04 --base 175k --sign-on 65k/52k --rsu 240k --vesting amazon --state WA
