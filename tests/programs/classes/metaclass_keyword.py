# Metaclasses via the metaclass= keyword
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        print("Meta.__init__", name)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def describe(cls):
        return f"class {cls.__name__} tagged {cls.tag}"
class Base(metaclass=Meta, tag="base"):
    def method(self):
        pass
class Child(Base, tag="child"):
    x = 1
print(type(Base).__name__, type(Child).__name__, Base.tag, Child.tag)
obj = Child()
print(Child.describe(), isinstance(Child, Meta))
try:
    obj.describe()
except AttributeError as e:
    print(type(e).__name__, e)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class A(metaclass=Registry): pass
class B(A): pass
print(Registry.classes)
Dyn = Meta("Dyn", (), {"y": 2})
print(Dyn.y, Dyn.tag)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("preparing", name)
        return {"injected": 1}
class P(metaclass=Prep):
    pass
print(P.injected)
