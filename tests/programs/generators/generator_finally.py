# try/finally and with blocks inside generators
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("acquire", self.n)
        return self
    def __exit__(self, *a):
        print("release", self.n, a[0].__name__ if a[0] else None)
def gen():
    with Res(1):
        yield "a"
        yield "b"
    yield "c"
for x in gen():
    print("got", x)
g = gen()
print(next(g))
g.close()
print("closed early")
def gen2():
    try:
        yield 1
        yield 2
    finally:
        print("gen2 finally")
for v in gen2():
    print(v)
    break
print("after break")
def gen3():
    for i in range(3):
        try:
            yield i
        finally:
            print("inner finally", i)
print(list(gen3()))
