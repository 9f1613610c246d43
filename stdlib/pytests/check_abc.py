import abc
from abc import ABC, ABCMeta, abstractmethod
from checkutil import show


class Base(ABC):
    @abstractmethod
    def f(self):
        "doc"

    @abstractmethod
    def g(self):
        pass

    def h(self):
        return 'h'


class Half(Base):
    def f(self):
        return 'f'


class Full(Half):
    def g(self):
        return 'g'


print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))
show('Base()', Base)
show('Half()', Half)
x = Full(); print(x.f(), x.g(), x.h(), isinstance(x, Base), issubclass(Full, Base))
print(type(Base) is ABCMeta, isinstance(Base, ABCMeta), Base.f.__isabstractmethod__)


class Other(metaclass=ABCMeta):
    @property
    @abstractmethod
    def p(self):
        pass

    @classmethod
    @abstractmethod
    def cm(cls):
        pass

    @staticmethod
    @abstractmethod
    def sm():
        pass


show('Other()', Other)


class Con(Other):
    p = 1
    cm = sm = None


print(Con().p)


class Iface(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iface:
            return hasattr(C, 'quack')
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(isinstance(Duck(), Iface), issubclass(Duck, Iface), issubclass(int, Iface), isinstance(3, Iface))


class Reg(ABC):
    pass


print(issubclass(int, Reg), Reg.register(int) is int, issubclass(int, Reg), isinstance(5, Reg), isinstance(True, Reg))
print(issubclass(str, Reg), isinstance('s', Reg))


@Reg.register
class Virtual:
    pass


print(issubclass(Virtual, Reg), Reg not in Virtual.__mro__)


class SubReg(Reg):
    pass


SubReg.register(float)
print(issubclass(float, Reg), issubclass(float, SubReg), issubclass(int, SubReg))
show('register non-class', Reg.register, 5)
show('cycle', lambda: Reg.register(object) and SubReg.register(Reg))
show('issubclass non-class', issubclass, 5, Reg)
print(isinstance(abc.get_cache_token(), object))


class Empty(ABC):
    pass


print(Empty(), sorted(Empty.__abstractmethods__)) if False else print(type(Empty()).__name__)


class Later(ABC):
    @abstractmethod
    def m(self):
        pass


Later.m = lambda self: 1
abc.update_abstractmethods(Later)
print(Later().m(), sorted(Later.__abstractmethods__))


class ManyAbs(ABC):
    @abstractmethod
    def zeta(self): pass
    @abstractmethod
    def alpha(self): pass
    @abstractmethod
    def mid(self): pass


show('ManyAbs()', ManyAbs)


class WithInit(ABC):
    def __init__(self, a, b=2):
        self.s = a + b


print(WithInit(1).s, WithInit(1, b=5).s)


class AP(ABC):
    @abc.abstractproperty
    def q(self):
        pass

    @abc.abstractclassmethod
    def c(cls):
        pass


show('AP()', AP)
