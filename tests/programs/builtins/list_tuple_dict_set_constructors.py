# Container constructors from iterables
print(list(), list("abc"), list((1, 2)), list({1: "a"}), list(range(3)), list(x for x in "xy"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple({2: 3}))
print(dict(), dict(a=1), dict([("a", 1)]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])), dict([[1, 2]]))
print(sorted(set("hello")), set([1, 2, 2]), set(), set(range(3)), frozenset([1, 1]), frozenset())
print(list(b"ab"), list(bytearray(b"c")), tuple(range(0)), dict.fromkeys(range(3), "v"))
for bad in (lambda: list(1), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: set(5), lambda: tuple(None)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = [1, 2]
print(list(l) is l, tuple(t := (1,)) is t, set(s := {1}) is s, frozenset(f := frozenset({1})) is f)
