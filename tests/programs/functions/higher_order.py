# Functions as values: map/filter/reduce, function composition, dispatch tables
from functools import reduce
def compose(*fns):
    return lambda x: reduce(lambda acc, f: f(acc), reversed(fns), x)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(str.upper, ["a", "b"])))
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(max, [3, 8, 1], 0))
print(sorted(["x", "yyy", "zz"], key=len), list(filter(str.isdigit, "a1b22c")))
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))
