# User-defined keys with __hash__ and __eq__
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(len(self.name))
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("abc"): 1}
d[Key("ABC")] = 2
d[Key("xyz")] = 3
print(d, len(d))
print(Key("aBc") in d, d[Key("XYZ")])
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class IdHash:
    pass
a, b = IdHash(), IdHash()
print(len({a: 1, b: 2}), {a: 1}.get(b, "not found"))
print({1: "a", 2: "b"}.get(1.0), {0.5: "half"}.get(0.5))
