# Deleting a function call
def f():
    pass
del f()
