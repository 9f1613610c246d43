# property() called as a function, and property inheritance
class Box:
    def __init__(self):
        self._w = 1
    def get_w(self):
        return self._w
    def set_w(self, v):
        self._w = max(0, v)
    width = property(get_w, set_w, None, "box width")
b = Box()
b.width = -5
print(b.width, Box.width.__doc__)
b.width = 7
print(b.width)
class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @Base.name.getter
    def name(self):
        return "child:" + super().name
print(Child().name, Base().name)
class Ext(Base):
    @Base.name.setter
    def name(self, v):
        self._set = v
e = Ext()
e.name = "given"
print(e.name, e._set)
ro = property(lambda self: 42)
class WithRO:
    answer = ro
print(WithRO().answer)
p = property()
class Empty:
    attr = p
try:
    Empty().attr
except AttributeError as e:
    print(type(e).__name__, e)
