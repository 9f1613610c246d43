# Data descriptors with __get__/__set__/__delete__
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        print(f"get {self.name}")
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        print(f"set {self.name} = {value!r}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print(f"delete {self.name}")
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age)
print(Person.name)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
p.__dict__["age"] = "shadow attempt"
print(p.age)
del p.age
try:
    p.age
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(p.__dict__))
