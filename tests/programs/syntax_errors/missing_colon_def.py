# Missing colon after def
def f()
    return 1
