# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no attribute {name!r}")
d = Dynamic()
print(d.real, d.dyn_hello, getattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "dflt"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
l = Logged()
l.x = 1
_ = l.x
del l.x
try:
    l.x
except AttributeError as e:
    print(type(e).__name__, e)
print(l.log)
class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Fallback().boom, Fallback().anything)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e, f.v)
class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(WithDir()))
