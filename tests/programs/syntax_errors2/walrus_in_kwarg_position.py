# '=' in a call where '==' was meant
def f(x):
    pass
f(x = 1 for x in range(3))
