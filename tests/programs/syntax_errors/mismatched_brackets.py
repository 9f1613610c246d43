# Mismatched bracket types
x = [1, 2)
