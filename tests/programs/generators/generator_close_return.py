# close() return semantics and StopIteration value in 3.11
def g():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        return "ignored value"
gen = g()
next(gen)
print(gen.close())
def h():
    yield 1
    yield 2
gen = h()
print(gen.close(), list(gen))
gen = h()
print(next(gen), list(gen), gen.close())
def with_value():
    v = yield
    while True:
        v = yield v * 2
w = with_value()
next(w)
print(w.send(1), w.send(5), w.send("ab"))
