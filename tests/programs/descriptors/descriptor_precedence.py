# Attribute lookup precedence: data descriptor > instance dict > non-data descriptor > class attr
class DataDesc:
    def __get__(self, obj, cls): return "data descriptor"
    def __set__(self, obj, v): print("DataDesc.__set__", v)
class NonDataDesc:
    def __get__(self, obj, cls): return "non-data descriptor"
class C:
    d = DataDesc()
    n = NonDataDesc()
    plain = "class attribute"
c = C()
c.__dict__.update(d="instance d", n="instance n", plain="instance plain")
print(c.d, c.n, c.plain)
c.d = "assign"
print(c.__dict__["d"])
del c.__dict__["n"]
print(c.n)
class OnlySet:
    def __set__(self, obj, v): print("OnlySet.__set__", v)
class D:
    s = OnlySet()
d = D()
d.s = 5
print(type(d.s).__name__)
d.__dict__["s"] = "inst"
print(type(d.s).__name__)
class Meta(type):
    attr = "from metaclass"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.attr)
try:
    WithMeta().attr
except AttributeError as e:
    print(type(e).__name__, e)
