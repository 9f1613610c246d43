# Keyword argument repeated
def f(**kw):
    pass
f(a=1, b=2, a=3)
