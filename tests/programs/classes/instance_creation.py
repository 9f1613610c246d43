# __new__ and __init__ interplay
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("init with", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("hello"), type(Upper("x")).__name__)
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotSelf())
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
obj = object.__new__(Point.__mro__[0]) if False else None
class Plain:
    def __init__(self, v):
        self.v = v
x = Plain.__new__(Plain)
print(hasattr(x, "v"))
Plain.__init__(x, 9)
print(x.v)
