# More seeded random functions
import random
random.seed(2024)
print(random.choices("abc", k=5))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=4))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(10, 2), 10))
print(round(random.expovariate(1.5), 10), round(random.triangular(0, 10, 3), 10))
print(round(random.betavariate(2, 3), 10), round(random.paretovariate(3), 10))
deck = [f"{r}{s}" for s in "SH" for r in "A23"]
random.shuffle(deck)
print(deck)
print(random.randbytes(8).hex())
print(sorted(random.sample(range(1000), 10)))
rng = random.Random(99)
print([rng.randint(0, 9) for _ in range(20)])
print(rng.getrandbits(1), rng.getrandbits(32), rng.getrandbits(64))
