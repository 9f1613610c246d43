# sorted and list.sort: stability, keys, reverse
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
print(sorted([3, -1, 2, -5], key=abs), sorted("Banana"), sorted("bca", reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([(1, "b"), (1, "a")]))
print(sorted([1.5, 1, True, 0.5]), sorted({3: 1, 1: 2}), sorted({5, 1, 3}))
nums = list(range(20))
nums.sort(key=lambda n: n % 3)
print(nums)
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f"Item({self.v})"
print(sorted([Item(3), Item(1), Item(2)]), min(Item(5), Item(4)), max([Item(1), Item(9)]))
try:
    sorted([Item(1), 2])
except TypeError as e:
    print(type(e).__name__, e)
l = [5, 3, 1]
r = l.sort()
print(r, l)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
