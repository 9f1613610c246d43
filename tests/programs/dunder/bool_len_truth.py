# Truth testing: __bool__ then __len__
class B:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("bool called")
        return self.b
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(2)))
print(bool(Both()), bool(Neither()))
if L(0):
    print("no")
else:
    print("empty via len")
print(not B(False), B(True) and "and-ok", L(0) or "or-ok")
print([x for x in [L(1), L(0)] if x].__len__())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
while B(False):
    pass
print(any([L(0), L(3)]), all([B(True), L(1)]))
