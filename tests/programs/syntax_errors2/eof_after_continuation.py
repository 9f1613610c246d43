# File ends after a line continuation
x = 1 + \
