# __getitem__ receives slice objects and tuples
class Show:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
s = Show()
print(s[1], s[1:2], s[::2], s[1:2, 3], s[..., 1], s[:, None], s[()], s["k"])
s[1:5:2] = "v"
del s[::-1]
s[0, 1] = 5
class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self): return f"Seq({self.data})"
q = Seq([10, 20, 30, 40, 50])
print(q[1:4], q[::-1], q[-1], len(q[::2]))
start, stop, step = slice(None, None, 2).indices(len(q))
print(start, stop, step, list(range(start, stop, step)))
