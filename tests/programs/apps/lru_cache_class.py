# An LRU cache built on OrderedDict, with dunder methods
from collections import OrderedDict
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def __getitem__(self, key):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        raise KeyError(key)
    def __setitem__(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
cache = LRU(3)
for k in "abcd":
    cache[k] = ord(k)
print(cache, len(cache), "a" in cache)
print(cache["b"])
cache["e"] = 101
print(cache)
try:
    cache["c"]
except KeyError as e:
    print("miss", e)
print(cache.hits, cache.misses)
def cached(fn, cache):
    def wrapper(n):
        try:
            return cache[n]
        except KeyError:
            cache[n] = v = fn(n)
            return v
    return wrapper
square = cached(lambda n: n * n, LRU(2))
print([square(n) for n in (1, 2, 1, 3, 2, 1)])
