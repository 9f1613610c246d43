# Exception deep inside yield-from delegation
def inner():
    yield 1
    raise IndexError("inner generator failed")
def middle():
    yield from inner()
def outer():
    yield from middle()
for value in outer():
    print("value", value)
