# Duplicate argument names
def f(a, a):
    pass
