# super() in various forms plus object's default dunders
class Base:
    def __init__(self):
        self.log = ["Base"]
    def __repr__(self):
        return "Base-repr"
    def __eq__(self, other):
        return "Base.__eq__ called"
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def __repr__(self):
        return "Child(" + super().__repr__() + ")"
    def parent_eq(self, other):
        return super().__eq__(other)
    def object_repr(self):
        return object.__repr__(self).startswith("<__main__.Child object at")
c = Child()
print(c.log, repr(c), c.parent_eq(1), c.object_repr())
print(super(Child, c).__repr__(), super(Base, c).__repr__ is not None)
print(object.__eq__(c, c), object.__eq__(c, 1), object.__ne__(c, c))
print(object.__str__(c), object.__format__(c, ""))
print(type(super(Child, c)).__name__, super(Child, Child).__init__.__qualname__)
