init --base 185k --options-shares 60000 --preferred-price 7.50
