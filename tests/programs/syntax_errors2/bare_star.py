# Bare star with nothing after it
def f(a, *):
    pass
