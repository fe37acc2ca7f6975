init --name 'Series B PM' --base 185k --sign-on 15k --options-shares 60000 --strike 2.10 --preferred-price 7.50 --state CA
