import random
from random import Random
from checkutil import show

for sd in [0, 1, 42, 12345, -7, 2 ** 32, 2 ** 64 + 17, 10 ** 30, 3.25, 'seed', b'bytes', bytearray(b'ba')]:
    random.seed(sd)
    print('seed', repr(sd))
    print([random.random() for _ in range(300)])
    print([random.getrandbits(k) for k in (1, 5, 31, 32, 33, 64, 65, 100, 0)])
    print([random.randrange(1000) for _ in range(100)])
    print([random.randint(-5, 5) for _ in range(100)])
    print([random.randrange(0, 100, 7) for _ in range(30)], random.randrange(10, 0, -3))
    print([random.randrange(10 ** 25) for _ in range(5)])
    print([random.choice('abcdefg') for _ in range(50)])
    l = list(range(30)); random.shuffle(l); print(l)
    print(random.sample(range(100), 10), random.sample('abcdef', 6), random.sample(range(10 ** 6), 20))
    print(random.sample(['r', 'b'], counts=[4, 2], k=5))
    print(random.choices('abc', k=10), random.choices('abc', [5, 1, 1], k=10),
          random.choices(range(4), cum_weights=[1, 2, 3, 10], k=8))
    print([random.uniform(1, 5) for _ in range(5)], [random.gauss(0, 1) for _ in range(7)])
    print([random.normalvariate(2, 3) for _ in range(5)], [random.expovariate(1.5) for _ in range(5)])
    print([random.triangular(0, 10, 2) for _ in range(3)], random.lognormvariate(0, 1),
          random.vonmisesvariate(1, 2), random.gammavariate(0.5, 1), random.gammavariate(2.5, 1),
          random.gammavariate(1.0, 2), random.betavariate(2, 3), random.paretovariate(2),
          random.weibullvariate(1, 2))
    print(random.randbytes(10))

r1 = Random(99); r2 = Random(99)
print(r1.random() == r2.random(), r1.getstate() == r2.getstate())
st = r1.getstate(); a = [r1.random() for _ in range(5)]; r1.setstate(st)
print(a == [r1.random() for _ in range(5)], st[0], len(st[1]), st[2])
r = Random('x'); r.seed('x', version=1); print(r.random())
r.seed(b'abc', version=1); print(r.random())


class MyRandom(Random):
    def random(self):
        return 0.5


print(MyRandom().randrange(100), MyRandom().choice('abcdef'))
for label, fn in [('choice empty', lambda: random.choice([])),
                  ('randrange empty', lambda: random.randrange(0)),
                  ('randrange empty2', lambda: random.randrange(5, 5)),
                  ('randrange empty3', lambda: random.randrange(5, 1, 2)),
                  ('randrange zero step', lambda: random.randrange(1, 5, 0)),
                  ('randrange step no stop', lambda: random.randrange(5, step=2)),
                  ('randrange float', lambda: random.randrange(1.5)),
                  ('sample too big', lambda: random.sample([1, 2], 3)),
                  ('sample set', lambda: random.sample({1, 2}, 1)),
                  ('getrandbits neg', lambda: random.getrandbits(-1)),
                  ('seed list', lambda: random.seed([1])),
                  ('choices both', lambda: random.choices('ab', [1, 1], cum_weights=[1, 2])),
                  ('choices len', lambda: random.choices('ab', [1])),
                  ('choices positional k', lambda: random.choices('ab', 3)),
                  ('choices zero', lambda: random.choices('ab', [0, 0])),
                  ('gamma bad', lambda: random.gammavariate(0, 1)),
                  ('counts mismatch', lambda: random.sample('ab', 1, counts=[1])),
                  ('setstate bad', lambda: random.setstate((9, (), None)))]:
    show(label, fn)
