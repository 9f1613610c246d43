# OR patterns and AS patterns: alternatives tried left to right, captures in any order,
# nested alternatives, and `as` at every level.

def classify(cmd):
    match cmd:
        case "quit" | "exit" | "q":
            return "leave"
        case ("go" | "move", ("north" | "south" | "east" | "west") as direction):
            return f"walk {direction}"
        case ["drop", *objs] | ["put", *objs, "down"]:
            return f"drop {objs}"
        case (x, "=", y) | (y, "=:", x):
            return f"assign {y} to {x}"
        case [1 | 2 as a, 3 | 4 as b] as whole:
            return f"small pair {a},{b} in {whole}"
        case {"x": v} | {"y": v} | Point(v, _):
            return f"from a mapping or a point: {v}"
        case str() | bytes() as text:
            return f"some text {text!r}"
        case _:
            return "unknown"


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


for c in ["quit", "q", ("go", "north"), ("move", "west"), ("go", "up"), ["drop", "a", "b"],
          ["put", "x", "down"], ["put", "x"], ("a", "=", 1), (2, "=:", "b"), [1, 3], (2, 4),
          [3, 1], {"x": 1}, {"y": 2}, {"z": 3}, Point(5, 6), "hello", b"bytes", 42]:
    print(repr(c) if not isinstance(c, Point) else "Point", "->", classify(c))

# Alternatives that capture the same names in different orders.
for v in [(1, 2), [3, 4, "swap"], {"a": 5, "b": 6}, {"b": 7, "a": 8, "flag": True}]:
    match v:
        case (a, b) | [b, a, "swap"] | {"a": a, "b": b, "flag": True} | {"b": b, "a": a}:
            print("a =", a, "b =", b)

# Nested OR inside sequences inside OR.
for v in [[1, [2, 3]], [1, (4, 3)], (5, [2, 9]), [6, [7, 8]]]:
    match v:
        case [1 | 5 as head, [2 | 4, 3 | 9] as inner] | [head, [7, 8] as inner]:
            print("head", head, "inner", inner)

# AS patterns capture the subject after the inner pattern matched it.
match [1, [2, 3]]:
    case [first, [_, _] as pair] as everything:
        print(first, pair, everything)

# Group patterns are just parentheses.
match 5:
    case (((5))):
        print("parenthesised literal")

# An irrefutable alternative may come last.
for v in [0, 9]:
    match v:
        case (0 as other) | other:
            print("zero or other:", other)

# Or-patterns in a class pattern's keyword sub-patterns.
match Point(0, 3):
    case Point(x=0 | 1, y=3 | 4 as why):
        print("point on the edge, y =", why)

# A failing alternative leaves nothing bound; the matching one binds all its names.
def bound_names(v):
    match v:
        case [x, 0] | [0, x]:
            return x
    return "none"


print(bound_names([5, 0]), bound_names([0, 6]), bound_names([1, 1]))
