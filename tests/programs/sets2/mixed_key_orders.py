# Keys whose hashes CPython and ferropy share: tuples of ints, floats, negative and big ints,
# and user-defined __hash__/__eq__ (collisions resolved by calling __eq__).

print(set([(1, 2), (3, 4), (5, 6), (7, 8)]))
print(set([(i, -i) for i in range(10)]))
print(set((i, j) for i in range(3) for j in range(3)))
print(set([(), (0,), (0, 0), ((1,), 2)]))
print(set([0.5, 0.25, 1, 2, -0.5, float("inf"), float("-inf")]))
print(set([1.0, 1, True]), set([0, 0.0, False, -0.0]))
print(set([x / 4 for x in range(-8, 9)]))
print(set([1e10, 1e-10, 3.14159, 2.71828, 1e300]))
print(set([-(2**63), 2**63, -(2**61), 2**61 - 1, 2**61 + 1]))
print(set(range(-50, 50, 7)))

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        return isinstance(other, H) and other.v == self.v
    def __repr__(self):
        return f"H({self.v})"

hs = set(H(i) for i in range(12))
print(hs, H(5) in hs, H(50) in hs, len(hs))
hs.discard(H(4))
hs.add(H(100))
hs.add(H(5))
print(hs, len(hs))
print(hs & set([H(1), H(2), H(99)]), set([H(7), H(8)]) - hs)
print(set([H(3), 3, H(7), 7]))

class Eq:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        Eq.calls += 1
        return isinstance(other, Eq) and self.v == other.v
    def __repr__(self):
        return f"Eq({self.v})"

es = set()
for i in range(6):
    es.add(Eq(i))
es.add(Eq(3))
print(es, len(es), Eq.calls > 0)
print(Eq(2) in es, Eq(9) in es)
print(set([1, "a"]) == set(["a", 1]), len(set(["x", "y", "x"])))
