# Computed properties, validation and functools.cached_property
from functools import cached_property
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        print("computing area")
        return self.w * self.h
    @cached_property
    def perimeter(self):
        print("computing perimeter")
        return 2 * (self.w + self.h)
r = Rect(3, 4)
print(r.area, r.area)
print(r.perimeter, r.perimeter)
r.w = 10
print(r.area, r.perimeter)
del r.perimeter
print(r.perimeter)
print("perimeter" in r.__dict__, "area" in r.__dict__)
class Validated:
    def __init__(self):
        self._items = []
    @property
    def items(self):
        return tuple(self._items)
    def add(self, x):
        self._items.append(x)
v = Validated()
v.add(1); v.add(2)
print(v.items, type(v.items).__name__)
try:
    v.items.append(3)
except AttributeError as e:
    print(type(e).__name__, e)
