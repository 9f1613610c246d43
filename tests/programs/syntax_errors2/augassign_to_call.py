# Augmented assignment to a call
def f():
    pass
f() += 1
