# Invalid syntax: two expressions
x = 1 2
