# abc: ABC, abstractmethod, abstract properties/classmethods, register
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @classmethod
    @abc.abstractmethod
    def create(cls): ...
    @staticmethod
    @abc.abstractmethod
    def version(): ...
class Impl(Base):
    def run(self): return "running"
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def version(): return 1
print(Impl.create().run(), Impl.version(), isinstance(Impl(), Base))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
class Partial(Base):
    def run(self): return 1
print(sorted(Partial.__abstractmethods__))
print(type(Base).__name__, isinstance(Base, abc.ABCMeta))
class Protocolish(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Protocolish), isinstance(Duck(), Protocolish), issubclass(int, Protocolish))
@Protocolish.register
class Registered: pass
print(issubclass(Registered, Protocolish))
class Unrelated: pass
print(issubclass(Unrelated, Protocolish), isinstance(Unrelated(), Registered))
print(abc.ABCMeta.__name__, abc.ABC.__abstractmethods__ if hasattr(abc.ABC, "__abstractmethods__") else frozenset())
