# dir() of simple classes filtered to non-dunder names
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self): pass
    @property
    def prop(self): return 4
print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(Child()) if not n.startswith("__")])
print(sorted(n for n in vars(Child) if not n.startswith("__")))
print(vars(Child()))
import math
print([n for n in dir(math) if n.startswith("is")])
def local_dir():
    a = 1
    b = 2
    return dir()
print(local_dir())
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if n.startswith("is")])
