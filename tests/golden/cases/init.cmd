init --company Amazon --level L5 --base 175k --sign-on 65k/52k --rsu 240k --vesting amazon --state WA --schema offer.schema.json
