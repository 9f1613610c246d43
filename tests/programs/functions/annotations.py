# Annotations on functions, variables and classes
def f(x: int, y: "str" = "d", *args: float, z: list = None, **kw: dict) -> tuple:
    return x, y
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
class C:
    a: int
    b: str = "hello"
    c: "forward" = 1
    def m(self) -> None: ...
print(C.__annotations__, C.b, hasattr(C, "a"))
print(C.m.__annotations__)
x: int = 5
y: list
print(__annotations__, x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def local_annotations():
    v: int = 1
    w: str
    return v
print(local_annotations())
class D:
    pass
print(D.__dict__.get("__annotations__"))
obj = D()
obj.attr: int = 3
print(obj.attr)
lst = [0]
lst[0]: int = 9
print(lst)
