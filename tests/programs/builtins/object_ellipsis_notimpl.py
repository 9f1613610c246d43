# object(), Ellipsis and NotImplemented singletons
o = object()
print(type(o).__name__, o == o, o != object(), hasattr(o, "__dict__"), isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(object()) if n in ("__eq__", "__hash__", "__repr__", "__init__", "__class__")))
print(Ellipsis, ..., Ellipsis is ..., type(...)(), repr(...), str(...), bool(...))
print(NotImplemented, type(NotImplemented)(), NotImplemented is type(NotImplemented)())
def stub():
    ...
print(stub(), [..., 1], {...: "ellipsis key"}[...])
print(object.__name__, object.__bases__, type.__bases__, object.__class__)
print(None.__class__, type(None)(), bool(None), None is type(None)())
