# Parameter default missing
def f(a=):
    pass
