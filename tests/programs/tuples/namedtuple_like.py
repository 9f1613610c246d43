# namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._fields, len(p), tuple(p), p == (1, 2))
q = p._replace(x=10)
print(q, p, q._asdict())
Point3 = namedtuple("Point3", "x y z", defaults=[0])
print(Point3(1, 2), Point3(1, 2, 3), Point3._field_defaults)
x, y = p
print(x + y, Point._make([5, 6]), isinstance(p, tuple))
class Vec(namedtuple("Vec", "a b")):
    __slots__ = ()
    def norm1(self):
        return abs(self.a) + abs(self.b)
v = Vec(-3, 4)
print(v, v.norm1(), v * 2)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
R = namedtuple("R", "a, b", rename=False)
print(R(b=2, a=1))
