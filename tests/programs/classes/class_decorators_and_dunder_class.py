# __class__, __qualname__, nested classes, class decorators
class Outer:
    class Inner:
        class Deepest:
            pass
    def who(self):
        return __class__.__name__
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
print(Outer().who())
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Rec:
    def __init__(self, a, b):
        self.a, self.b = a, b
print(Rec(1, "x"))
r = Rec(2, 3)
r.__class__ = type("Other", (), {"__repr__": lambda self: "now Other"})
print(r, type(r).__name__)
print(Rec.__dict__["__init__"].__qualname__)
