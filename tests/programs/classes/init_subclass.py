# __init_subclass__ and __set_name__ hooks
class Plugin:
    plugins = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("registering", cls.__name__, key)
        Plugin.plugins[key or cls.__name__.lower()] = cls
class Alpha(Plugin, key="a"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, key="g"):
    pass
print(sorted((k, v.__name__) for k, v in Plugin.plugins.items()))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Model:
    first = Field()
    second = Field()
print(Model.first.name, Model.second.name)
class Base:
    def __init_subclass__(cls):
        cls.created_by_hook = cls.__name__ * 2
class Derived(Base):
    pass
print(Derived.created_by_hook, hasattr(Base, "created_by_hook"))
