# Sets and frozensets at versions 4 and 3.
#
# CPython 3.11 writes the elements of a set/frozenset sorted by key, where the key of
# an element is marshal.dumps(element, version) computed on its own (a separate dump,
# with its own ref table). It keeps (key, element) pairs in a list while sorting, so
# when the elements are then written each has one extra reference: at version >= 3
# EVERY set element is written with FLAG_REF (and numbered), even a fresh one. The
# keys, however, are computed before the pairs exist, so a fresh element's key has no
# flag: e.g. key(1000) = 69e8030000 but key(5) = e905000000 (small ints are always
# flagged), hence 1000 sorts before 5; key('a b') = 7a03612062 sorts before the
# interned key('ab') = da026162. The set object itself follows the usual rule (not
# flagged here: refcount 1). Values come from eval(text) (see dumps_v4_fresh.py) or
# are built at run time; no non-small constant is repeated inside one text.
import marshal

texts = [
    "set()", "frozenset()", "{1000}", "{5}", "{1000, 2000}", "{5, 1000}",
    "{1000, 5, -1, 2**40, 300}", "{0, 1, 2, 255, 256, 257, -5, -6}",
    "{'a b', 'ab'}", "{'b', 'a', 'c'}", "{'', 'x y', 'xy', 'x' * 300}",
    "frozenset({'x', 1, 2.5, None})", "{None, True, False, ...}",
    "{(1000,), (2000,)}", "{(1, 2), (1,), ()}", "{(1, 2), (2, 1)}",
    "{frozenset({1}), frozenset()}", "{frozenset({1000, 2000}), frozenset({'a b'})}",
    "{1.5, 2.5, -0.5}", "{1j, 2j, 0.5}", "{b'ab', b'a', b''}",
    "[{1000}, {2000}]", "({'k k'}, frozenset({'j j'}))", "{'caf\\xe9', '\\u20ac\\u20ac'}",
]
for text in texts:
    print(text)
    print("  v4", marshal.dumps(eval(text)).hex())
    print("  v3", marshal.dumps(eval(text), 3).hex())
    print("  v2", marshal.dumps(eval(text), 2).hex())


def fresh_strs():
    return {"".join(["w", str(i), " "]) for i in range(12)}


def fresh_ints():
    return {int(str(i * 997)) for i in range(12)}


def mixed_fresh():
    return {int("70000"), float("0.25"), "".join(["p", " ", "q"]), bytes("zz", "ascii"),
            (int("1001"), int("1002")), frozenset([int("3000")])}


for make in (fresh_strs, fresh_ints, mixed_fresh):
    print(make.__name__)
    print("  v4", marshal.dumps(make()).hex())
    print("  v3", marshal.dumps(make(), 3).hex())
    print("  v2", marshal.dumps(make(), 2).hex())
    print("  back", sorted(map(repr, marshal.loads(marshal.dumps(make())))))

# a set held by a variable is itself flagged, its elements as always
held = fresh_ints()
print("held", marshal.dumps(held).hex())
# loads builds real sets / frozensets, whatever order the elements come in
for text in texts:
    v = eval(text)
    back = marshal.loads(marshal.dumps(v))
    print(text, back == v, type(back).__name__, type(v).__name__)
