# Sequence patterns: list and tuple syntax, one star anywhere, `*_`, nesting; what counts
# as a sequence (not str, bytes, bytearray, dicts, sets or iterators).
import collections
import collections.abc


def shape(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only!r}"
        case [a, b]:
            return f"pair: {a!r}, {b!r}"
        case (first, *middle, last) if len(middle) > 2:
            return f"long: {first!r} .. {last!r} ({len(middle)} in between)"
        case [first, *rest]:
            return f"head {first!r}, tail {rest!r}"
    return "not a sequence"


values = [[], [1], (2,), [1, 2], (1, 2), [1, 2, 3], list(range(7)), range(4), range(0),
          "", "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, frozenset(), iter([1, 2]),
          memoryview(b"xyz"), collections.deque([5, 6, 7]), collections.UserList([8, 9]),
          collections.namedtuple("P", "x y")(1, 2), None, 12]
for v in values:
    print(type(v).__name__, "->", shape(v))


def positions(x):
    match x:
        case [*before, 0]:
            return ("ends with 0", before)
        case [0, *after]:
            return ("starts with 0", after)
        case [1, *_, 1]:
            return "1 ... 1"
        case [2, *_]:
            return "starts with 2"
        case [*_, 3]:
            return "ends with 3"
        case [_, _, *_]:
            return "two or more"
        case [*everything]:
            return ("anything", everything)


for v in [[0], [5, 0], [0, 5], [1, 1], [1, 9, 9, 1], [2], [2, 3], [9, 3], [4, 4, 4], [4], []]:
    print(v, "->", positions(v))

# Nested sequences, tuples and lists interchangeably.
points = [((0, 0), (1, 1)), [[0, 1], [2, 3]], ((1,), (2, 3)), [(1, 2), "ab"]]
for p in points:
    match p:
        case [(0, 0), (x, y)]:
            print("from origin to", x, y)
        case ((a, b), [c, d]):
            print("segment", a, b, c, d)
        case [[single], rest]:
            print("singleton", single, "and", rest)
        case [first, [*chars]]:
            print("chars?", first, chars)
        case other:
            print("no match", other)

# Star captures are lists, whatever the subject's type.
match (1, 2, 3):
    case (one, *others):
        print(type(others).__name__, others)
match range(5):
    case [zero, *others, four]:
        print(zero, others, four)

# A custom sequence: subclassing collections.abc.Sequence makes it one.
class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

    def __len__(self):
        print("  len")
        return len(self.items)


match Seq(1, 2, 3, 4):
    case [first, *_, last]:
        print("Seq by index:", first, last)

match Seq(1, 2):
    case [a, b]:
        print("Seq unpacked:", a, b)

# A class with __getitem__ and __len__ alone is not a sequence...
class Plain:
    def __getitem__(self, i):
        return [1, 2][i]

    def __len__(self):
        return 2


print(shape(Plain()))
# ...until it is registered with Sequence.
collections.abc.Sequence.register(Plain)
print(shape(Plain()))


# Subclasses of list and tuple are sequences; their __len__ is used for the length check.
class Tracked(list):
    def __len__(self):
        print("  Tracked.__len__")
        return super().__len__()


print(shape(Tracked([1, 2])))
print(shape(Tracked([1, 2, 3])))


# Matching a sequence does not consume an iterator's items, because iterators never match.
it = iter([1, 2])
match it:
    case [a, b]:
        print("matched an iterator?!")
    case _:
        print("iterator left alone:", list(it))

# Length mismatches.
for v in [(1, 2, 3), (1,)]:
    match v:
        case (a, b):
            print("two")
        case _:
            print("not two:", v)
