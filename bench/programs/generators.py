# generators: chains of generators, generator expressions, yield from and send().
# Stresses: generator creation/resumption, for-loop iteration protocol,
# yield from delegation, coroutine-style send().
import sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def only_odd(it):
    for x in it:
        if x & 1:
            yield x


def chunked(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(chunks):
    for chunk in chunks:
        yield from chunk


def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total


def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def tree_walk(depth, label):
    # Recursive generator delegating with yield from.
    if depth == 0:
        yield label
        return
    yield from tree_walk(depth - 1, label * 2)
    yield label
    yield from tree_walk(depth - 1, label * 2 + 1)


def averager():
    # Coroutine: receives numbers through send(), yields running average*1000.
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total * 1000 // count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1300000
    mod = 1000000007

    # 1. A long pipeline of simple generators.
    last = 0
    for last in running_total(flatten(chunked(only_odd(squares(count_up(n))), 7))):
        pass
    print("pipeline", last % mod)

    # 2. Generator expressions fed to builtins.
    s = sum(x * 3 for x in range(n) if x % 3 != 1)
    m = max((x * 7919) % 10007 for x in range(n))
    a = any(x > n for x in range(n))
    print("genexpr", s, m, a)

    # 3. Infinite generator cut short.
    fsum = 0
    for f in take(fib_gen(), 200):
        fsum = (fsum + f) % mod
    print("fib", fsum)

    # 4. Recursive yield from.
    depth = 1
    while (1 << depth) < n // 8:
        depth += 1
    walked = 0
    count = 0
    for label in tree_walk(depth, 1):
        walked = (walked * 3 + label) % mod
        count += 1
    print("tree", depth, count, walked)

    # 5. Coroutine with send().
    co = averager()
    next(co)
    out = 0
    for i in range(n // 2):
        out = co.send((i * 37) % 101)
    co.close()
    print("averager", out)

    # 6. Many short-lived generators.
    total = 0
    for i in range(n // 20):
        total += sum(squares(range(i % 10)))
    print("short", total)


main()
