# Positional argument after **kwargs
def f(*a, **k):
    pass
f(**{}, 1)
