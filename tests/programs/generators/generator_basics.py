# Generator functions: lazy evaluation and state
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("done")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def empty():
    return
    yield
print(list(empty()))
def gen_with_return():
    yield "a"
    return "ret"
print(list(gen_with_return()))
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(g.__name__, g.__qualname__)
