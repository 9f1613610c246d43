# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__
class Bag:
    def __init__(self): self.data = {}
    def __len__(self): return len(self.data)
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("delitem", k)
        del self.data[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.data
    def __iter__(self): return iter(sorted(self.data))
    def __reversed__(self): return iter(sorted(self.data, reverse=True))
b = Bag()
b["x"] = 1
b["y"] = 2
print(len(b), b["x"], "x" in b, "z" not in b, list(b), list(reversed(b)))
del b["x"]
print(len(b), bool(b))
try:
    b["nope"]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError(i)
        return i * 10
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), sorted(Seq(), reverse=True))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self): return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k): return k * 2
print(D()["ab"], D().get("ab"))
