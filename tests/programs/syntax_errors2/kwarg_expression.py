# Keyword argument that is an attribute
def f(**k):
    pass
f(a.b=1)
