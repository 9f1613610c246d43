# Unterminated docstring in a function
def f():
    '''Doc
    return 1

print(f())
