# Assignment to an f-string
x = 1
f"{x}" = 2
