# __slots__ members are descriptors on the class
class P:
    __slots__ = ("a", "b")
m = P.__dict__["a"]
print(type(m).__name__, m.__name__)
p = P()
m.__set__(p, 10)
print(p.a, m.__get__(p, P))
try:
    m.__get__(P(), P)
except AttributeError as e:
    print(type(e).__name__, e)
m.__delete__(p)
print(hasattr(p, "a"))
