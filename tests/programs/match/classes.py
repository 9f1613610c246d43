# Class patterns: isinstance checks, positional sub-patterns through __match_args__,
# keyword sub-patterns, the builtin types that match themselves, and inheritance.
import collections


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Point3(_, _, z):
            return f"3d at height {z}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return "on the diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0),
          Point3(1, 2, 3), Point3(0, 0, 9), (0, 0), None]:
    print(p, "->", where(p))

# Builtin types match a single positional sub-pattern against the subject itself.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as small):
            return f"small int {small}"
        case int(n):
            return f"int {n}"
        case float(f) | complex(real=f):
            return f"float-ish {f}"
        case str(s) if s.isdigit():
            return f"digits {s}"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"binary {bytes(b)!r}"
        case tuple((a, b)):
            return f"pair tuple {a} {b}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case list([*items]):
            return f"list {items}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict of {len(d)}"
        case set(s) | frozenset(s):
            return f"{type(s).__name__} of {len(s)}"
        case _:
            return "other " + type(v).__name__


for v in [True, 0, 1, 7, 2.5, 3j, "42", "hi", b"b", bytearray(b"ba"), (1, 2), (1, 2, 3),
          [1, 2], {"k": 9}, {}, {1}, frozenset({1, 2}), None, object]:
    print(repr(v), "->", kind(v))


# Subclasses of builtins inherit self-matching unless they define __match_args__.
class MyInt(int):
    pass


class Celsius(float):
    __match_args__ = ("real",)


class Name(str):
    __match_args__ = ()


match MyInt(5):
    case MyInt(n):
        print("MyInt matched itself:", n, type(n).__name__)
match Celsius(21.5):
    case Celsius(r):
        print("Celsius via __match_args__:", r, type(r).__name__)
match Name("x"):
    case Name():
        print("Name() matches with no sub-patterns")
match True:
    case int(x):
        print("True is an int:", x)

# Keyword sub-patterns look up any attribute, including methods and properties.
match "text":
    case str(upper=u, __len__=n):
        print("attributes of a str:", u(), n())
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts:", r, i)

# Missing attributes make the pattern fail quietly.
match Point(1, 2):
    case Point(z=z):
        print("no z?!")
    case Point(x=1):
        print("x is 1, z missing did not raise")

# namedtuple defines __match_args__.
Pair = collections.namedtuple("Pair", ["left", "right"])
match Pair(1, 2):
    case Pair(l, right=r):
        print("namedtuple:", l, r)
    case _:
        print("no")


# __match_args__ may come from a base class, and a class attribute of any kind works.
class Base:
    __match_args__ = ("a",)


class Derived(Base):
    def __init__(self):
        self.a = "from derived"


match Derived():
    case Base(a):
        print("Base pattern on Derived:", a)


# isinstance goes through __instancecheck__.
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class Even(metaclass=EvenMeta):
    pass


for n in [1, 2, "2"]:
    match n:
        case Even():
            print(n, "is even")
        case _:
            print(repr(n), "is not even")


# The class expression is a dotted name evaluated at match time.
class Shapes:
    class Circle:
        __match_args__ = ("r",)

        def __init__(self, r):
            self.r = r


match Shapes.Circle(2):
    case Shapes.Circle(radius):
        print("nested class:", radius)

# Properties run when the attribute is fetched.
class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        print("  computing value")
        return 10


match Lazy():
    case Lazy(5):
        print("five")
    case Lazy(10):
        print("ten (computed twice: once per case)")
