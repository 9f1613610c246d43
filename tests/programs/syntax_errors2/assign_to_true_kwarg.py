# Keyword named True
def f(**kw):
    pass
f(True=1)
