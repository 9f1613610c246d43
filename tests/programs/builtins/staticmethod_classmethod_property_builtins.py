# The builtins property, staticmethod, classmethod used directly
class C:
    def _get(self): return self._v * 2
    def _set(self, v): self._v = v
    v = property(_get, _set, doc="doubled")
    def plain(x): return x + 1
    plain_static = staticmethod(plain)
    def make(cls): return cls.__name__
    make_cls = classmethod(make)
c = C()
c.v = 5
print(c.v, C.v.__doc__, C.plain_static(1), c.plain_static(2), C.make_cls(), c.make_cls())
p = property(lambda self: "lam")
print(type(p).__name__, p.fget(None), p.fset, p.fdel)
p2 = p.setter(lambda self, v: None)
print(p2.fset is not None, p is not p2)
print(isinstance(C.__dict__["plain_static"], staticmethod), isinstance(C.__dict__["make_cls"], classmethod))
print(staticmethod(abs)(-3), classmethod(lambda cls: cls).__func__(int))
