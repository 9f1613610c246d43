# getattr, setattr, hasattr, delattr, vars, dir
class Obj:
    cls_attr = "C"
    def __init__(self):
        self.a = 1
    def method(self):
        return "m"
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "default"), getattr(o, "method")())
setattr(o, "b", 2)
setattr(o, "with space", 3)
print(o.b, getattr(o, "with space"), hasattr(o, "b"), hasattr(o, "zzz"), hasattr(Obj, "method"))
delattr(o, "b")
print(hasattr(o, "b"), vars(o))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(Obj) if not k.startswith("__")))
print([n for n in dir(o) if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(vars().keys() & {"o", "Obj"}))
