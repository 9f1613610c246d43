# Mapping patterns: literal and dotted-name keys, **rest, {} matching any mapping, what
# counts as a mapping, and how keys are looked up (get(), so defaultdicts do not grow).
import collections
import collections.abc


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": kind, **rest}:
            return f"unknown {kind} with {rest}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": (1, 2), "extra": 1},
          {"type": "key", "key": "a"}, {"type": "key", "key": "a", "shift": True, "ctrl": False},
          {"type": "key", "key": 5}, {"type": "scroll", "dy": 3}, {}, {"other": 1},
          [("type", "click")], "type", collections.OrderedDict(type="key", key="q"),
          collections.defaultdict(int, type="zoom"), collections.Counter(type=3),
          collections.ChainMap({"type": "key"}, {"key": "z"}), collections.UserDict(type="x")]:
    print(handle(e))


class Keys:
    NAME = "name"
    AGE = 3


def lookup(d):
    match d:
        case {Keys.NAME: n, Keys.AGE: a}:
            return ("both", n, a)
        case {Keys.NAME: n}:
            return ("name", n)
        case {1: one, 2.5: two, None: nothing, False: f}:
            return ("numbers and singletons", one, two, nothing, f)
        case {-1: neg, 1j: imag, b"k": b}:
            return ("literal keys", neg, imag, b)
    return None


print(lookup({"name": "ann", 3: 40}))
print(lookup({"name": "bob"}))
print(lookup({-1: "minus", 1j: "i", b"k": "bytes", "unused": 0}))
print(lookup({1.0: "one", 2.5: "two", None: "none", 0: "zero is False"}))

# get() is how keys are looked up: a defaultdict grows no keys while being matched.
dd = collections.defaultdict(list)
match dd:
    case {"missing": value}:
        print("found?!")
    case {}:
        print("defaultdict untouched:", dict(dd))

# The **rest dict is a new plain dict, without the matched keys.
original = collections.OrderedDict([("a", 1), ("b", 2), ("c", 3)])
match original:
    case {"b": _, **rest}:
        print(type(rest).__name__, rest, rest is original, list(original))
match {"only": 1}:
    case {**everything}:
        print("everything:", everything)


# A custom mapping: a collections.abc.Mapping subclass, with a get() that reports.
class Loud(collections.abc.Mapping):
    def __init__(self, **items):
        self.items = items

    def __getitem__(self, key):
        print("  getitem", repr(key))
        return self.items[key]

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def get(self, key, default=None):
        print("  get", repr(key))
        return self.items.get(key, default)


match Loud(x=1, y=2, z=3):
    case {"x": 1, "y": yy, **others}:
        print("Loud matched:", yy, others)

# Length check comes first: a mapping with fewer items than keys fails without lookups.
match Loud(x=1):
    case {"x": _, "y": _}:
        print("impossible")
    case _:
        print("too short, no get() calls")


# A class with keys() and __getitem__ is not a mapping unless registered.
class Duck:
    def keys(self):
        return ["k"]

    def __getitem__(self, key):
        return "v"

    def get(self, key, default=None):
        return "v" if key == "k" else default

    def __len__(self):
        return 1


print(handle(Duck()))
collections.abc.Mapping.register(Duck)
match Duck():
    case {"k": v, **rest}:
        print("registered Duck:", v, rest)

# Nested mappings and sequences.
config = {"servers": [{"host": "a", "port": 80}, {"host": "b"}], "debug": False}
match config:
    case {"servers": [{"host": h1, "port": p1}, {"host": h2}], "debug": False}:
        print("servers", h1, p1, h2)
