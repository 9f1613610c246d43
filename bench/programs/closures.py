# closures: creating and calling closures.
# Stresses: cell variables, nonlocal rebinding, closure creation in loops,
# lambdas, higher-order functions, decorators, default-argument capture.
import sys


def make_counter(start):
    count = start

    def incr(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return incr, get


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_accumulator():
    total = 0
    calls = 0

    def add(x):
        nonlocal total, calls
        total += x
        calls += 1
        return total

    def stats():
        return total, calls

    return add, stats


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r
    wrapper.cache = cache
    return wrapper


def counted(fn):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return fn(*args)

    def ncalls():
        return calls[0]

    wrapper.ncalls = ncalls
    return wrapper


@memoize
def partitions(n):
    # Number of integer partitions via the pentagonal number recurrence.
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        g2 = k * (3 * k + 1) // 2
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total


@counted
def mix(a, b):
    return (a * 31 + b) % 1000003


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1300000

    # 1. Counters with nonlocal state, many instances.
    counters = [make_counter(i) for i in range(100)]
    for i in range(n):
        incr, _ = counters[i % 100]
        incr(i % 5)
    print("counters", sum(get() for _, get in counters))

    # 2. Closure creation in a hot loop plus immediate call.
    s = 0
    for i in range(n):
        add = make_adder(i % 17)
        s += add(i)
    print("adders", s)

    # 3. Composed pipelines of closures.
    fns = [make_adder(k) for k in range(10)]
    pipeline = fns[0]
    for f in fns[1:]:
        pipeline = compose(f, pipeline)
    double = lambda x: x * 2
    pipeline = compose(double, pipeline)
    acc = 0
    for i in range(n // 10):
        acc = (acc + pipeline(i)) % 1000000007
    print("compose", acc)

    # 4. Accumulator with two nonlocals.
    add, stats = make_accumulator()
    for i in range(n):
        add(i & 255)
    print("accumulator", stats())

    # 5. Default-argument capture versus late binding.
    early = [lambda x, k=k: x * k for k in range(10)]
    late = [lambda x: x * k for k in range(10)]
    print("binding", sum(f(3) for f in early), sum(f(3) for f in late))

    # 6. Decorated functions: memoization and call counting.
    print("partitions", partitions(400) % 1000000007, len(partitions.cache))
    h = 0
    for i in range(n // 2):
        h = mix(h, i)
    print("mix", h, mix.ncalls())


main()
