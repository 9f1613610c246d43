# nonlocal without an enclosing binding
def f():
    nonlocal x
    x = 1
