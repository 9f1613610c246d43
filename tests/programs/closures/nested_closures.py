# Multi-level nesting of closures and nonlocal
def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a, b
            a += 10
            b += 20
            return a, b
        return inner
    fn = middle()
    r1 = fn()
    r2 = fn()
    return r1, r2, a
print(outer())
def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(10))
def cell_shared():
    v = 0
    def setter(n):
        nonlocal v
        v = n
    def getter():
        return v
    return setter, getter
s, g = cell_shared()
s(42)
print(g())
def deep():
    x = "d0"
    def l1():
        def l2():
            def l3():
                return x
            return l3()
        return l2()
    return l1()
print(deep())
def closure_over_param(p):
    return lambda: p * 2
print(closure_over_param(21)(), closure_over_param("ab")())
def nonlocal_loop():
    result = None
    def setit(v):
        nonlocal result
        result = v
    for i in range(5):
        setit(i)
    return result
print(nonlocal_loop())
