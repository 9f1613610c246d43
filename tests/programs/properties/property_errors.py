# Errors raised from inside property getters
class P:
    @property
    def broken(self):
        return self.missing_attr
    @property
    def raises_attr(self):
        raise AttributeError("raised inside property")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(P().broken)
print(P().raises_attr)
class Q:
    @property
    def bad(self):
        return 1 / 0
try:
    Q().bad
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class R:
    @property
    def x(self):
        return self._x
try:
    R().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    R().x = 3
except AttributeError as e:
    print(type(e).__name__, e)
