# break directly inside a function
def f():
    break
