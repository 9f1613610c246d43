# abc.ABC and abstractmethod
from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
print(Square(3).describe(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("s", Sized))
class Base(ABC):
    pass
Base.register(int)
print(issubclass(int, Base), isinstance(5, Base), issubclass(str, Base))
