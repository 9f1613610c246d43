# Printed order of int sets built in many ways: CPython shows its hash-table slot order,
# which is sorted only for small, dense, collision-free ints.

# literals of small ints (same order however they are compiled)
print({3, 1, 2}, {7, 0, 5}, {2, 1}, {9}, {15, 3, 8, 0, 12})
n = 40
print({n, 8}, {n, 1, 17, 33}, {n + 1, n - 31, n * 2})

# from ranges, lists and tuples: insertion order matters once keys collide
print(set(range(10)))
print(set(range(10)) - {2})
print(set(range(20, 0, -3)))
print(set(range(0, 200, 8)))
print(set(range(0, 100, 7)))
print(set([5, 4, 3, 2, 1, 100, 1000, 64, 32, 16, 8]))
print(set([8, 16, 32, 64, 128, 256, 512, 1024]))
print(set([1024, 512, 256, 128, 64, 32, 16, 8]))
print(set((9, 17, 25, 1, 33)))
print(set([33, 25, 17, 9, 1]))
print(set([20, 3, 1, 7, 9]))
print(set([100, 93, 86, 79, 72, 65, 58, 51, 44, 37, 30, 23, 16, 9, 2]))

# comprehensions and generators
print({x * 8 for x in range(20)})
print({x * x for x in range(-10, 11)})
print({i % 13 for i in range(100, 0, -7)})
print(set(x for x in range(70, 0, -9)))
print({(x * 37) % 101 for x in range(30)})
print({x << 5 for x in range(12)})

# growing one add at a time past each resize threshold (5, 19, 77 ... keys)
s = set()
for i in range(1, 100):
    s.add(i * 7 % 64)
    if len(s) in (4, 5, 6, 18, 19, 20, 40, 64):
        print(len(s), s)
s = set()
for i in range(80):
    s.add(1000 - 13 * i)
print(s)

# the same keys added in different orders can print differently
a = set()
b = set()
for k in [1, 9, 17, 25, 2, 10]:
    a.add(k)
for k in [10, 2, 25, 17, 9, 1]:
    b.add(k)
print(a, b, a == b)

# large ints, negative ints, bools mixed with ints
print(set([2**61 - 1, 2**61, 2**62, 2**64, -2**63, 2**61 + 5]))
print(set([-1, -2, -3, -8, -9, 8, 9]))
print(set(range(-10, 10, 3)))
print(set([True, False, 2, 1, 0]))
print(set([-1, -2]), -1 in set([-2]), hash(-1) == hash(-2))

# iteration order is the printed order
for x in set([64, 1, 32, 2, 16, 4, 8]):
    print(x, end=" ")
print()
print(list(set(range(50, 0, -5))), tuple(set([300, 200, 100])))
print(sorted(set([3, 1, 2])) == list(set([3, 1, 2])))
