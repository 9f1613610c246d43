# continue outside loop
def f():
    continue
