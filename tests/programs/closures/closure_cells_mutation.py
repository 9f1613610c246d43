# Cells are shared between closures and the enclosing scope
def f():
    x = 1
    def get():
        return x
    print(get())
    x = 2
    print(get())
    del x
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    x = 3
    return get
g = f()
print(g())
def gen_closure():
    items = []
    def push(v):
        items.append(v)
        return len(items)
    return push, items
push, items = gen_closure()
push("a"); push("b")
print(items)
def counter_generator():
    count = 0
    def inc():
        nonlocal count
        count += 1
    def gen():
        while count < 3:
            inc()
            yield count
    return gen()
print(list(counter_generator()))
