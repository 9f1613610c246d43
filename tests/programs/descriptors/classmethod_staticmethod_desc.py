# staticmethod and classmethod as descriptors
class C:
    @staticmethod
    def s(x): return ("static", x)
    @classmethod
    def c(cls, x): return ("class", cls.__name__, x)
class D(C): pass
print(C.s(1), C().s(2), C.c(3), D.c(4), D().c(5))
sm = C.__dict__["s"]
cm = C.__dict__["c"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(9), cm.__func__(D, 6))
print(sm.__get__(None, C)(7), cm.__get__(None, D)(8), cm.__get__(D())(0))
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class Sub(Counter):
    pass
print(Counter.increment(), Counter.increment(), Sub.increment(), Counter.count, Sub.count)
print(callable(sm), isinstance(sm, staticmethod))
