# Building pipelines from generators
def read_lines():
    data = "10\n# comment\n20\n\nbad\n30\n"
    for line in data.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            print("skipping", repr(line))
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(parse(strip_comments(read_lines())))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def primes():
    for n in naturals():
        if n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1)):
            yield n
print(list(take(15, primes())))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
