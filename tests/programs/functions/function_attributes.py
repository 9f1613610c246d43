# Function objects and their attributes
def documented(a: int, b: str = "x") -> bool:
    """This is the docstring."""
    return True
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__annotations__)
print(documented.__defaults__, documented.__module__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc(), type(no_doc).__name__)
documented.custom = 42
print(documented.custom, "custom" in documented.__dict__)
print(callable(documented), callable(5))
def with_code(x, y):
    z = x + y
    return z
c = with_code.__code__
print(c.co_name, c.co_argcount, c.co_varnames, c.co_nlocals)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
class K:
    def method(self):
        pass
print(K.method.__qualname__, K.method.__name__)
def gen():
    yield 1
print(type(gen).__name__, type(gen()).__name__)
