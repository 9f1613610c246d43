# random with a fixed seed is reproducible
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 7), random.randrange(-10, 10))
print(random.uniform(1, 2), random.uniform(-5, 5))
print(random.sample(range(100), 5), random.sample("abcdefgh", 3))
print(random.getrandbits(16), random.getrandbits(70))
random.seed(42)
print(random.random())
random.seed("text seed")
print(random.random())
random.seed(12345)
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
r = random.Random(7)
print(r.random(), r.randint(0, 10), r.choice("xyz"))
print(random.Random(7).random() == random.Random(7).random())
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(type(e).__name__, e)
