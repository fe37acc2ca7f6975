check examples/amazon-l5-pm.json --rsu +112k --sign-on-y1 +79k --against examples/meta-ic5-pm.json --year1-at-least 330k
