# Compound statement header at end of file
def f():
    return 1

if f():
