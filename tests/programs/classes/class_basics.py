# Class definition, instances, attributes
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.x, p.dist2(), p.dims, Point.dims, Point.__doc__, Point.__name__)
print(type(p), type(p).__name__, isinstance(p, Point), isinstance(p, object))
print(sorted(p.__dict__.items()), "dims" in Point.__dict__, Point.__module__)
p.z = 5
print(sorted(vars(p)))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 10
print(p.dims, Point(0, 0).dims)
m = p.dist2
print(m(), m.__self__ is p, m.__func__ is Point.dist2, Point.dist2(p))
print(p == Point(3, 4), p == p)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__, Empty.__mro__, e.__class__ is Empty)
print(sorted(n for n in dir(p) if not n.startswith("__")))
