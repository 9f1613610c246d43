# Shared and recursive objects at versions 3 and 4: FLAG_REF and 'r' back-references.
#
# Every structure is built inside a function from objects created at run time, so when
# the function returns, the only references to each object are the ones inside the
# structure (plus the dumps() argument for the outermost object). CPython flags an
# object (type byte | 0x80) when its refcount is > 1, i.e. here exactly when it occurs
# more than once in the structure (or is a small int / cached singleton); its later
# occurrences are written 'r' + 4-byte index, the index being the number of flagged
# objects written before it (a container is flagged/numbered before its contents).
# The strs are built with ''.join so they are not interned, and none is a single
# character; ints are parsed at run time (outside -5..256 unless noted).
# The same structures dumped at version 2 have no refs (shared objects are written
# again in full; a recursive structure fails with "object too deeply nested").
import marshal


def s(text):
    return "".join([c for c in text])


def tuple_twice():
    t = (int("1000"),)
    return [t, t]


def str_three_times():
    x = s("a b")
    return [x, x, x]


def list_twice_in_tuple():
    inner = [s("x y")]
    return (inner, inner)


def dict_twice():
    d = {}
    return [d, d, [d]]


def bytes_twice():
    b = bytes("ab", "ascii")
    return (b, [b])


def index_order():
    a = s("a a")
    b = s("b b")
    return [a, [b, a], (b, a, b)]


def shared_with_small_ints():
    x = [1, s("q r"), 2]
    return [x, 1, x, 2, 3]


def shared_key_and_value():
    k = (int("1000"), s("k k"))
    return {k: k}


def shared_outside_and_inside_set():
    t = (int("1000"),)
    return [t, {t}]


def shared_inside_set_first():
    t = (int("2000"),)
    return [frozenset([t]), t]


def deep_sharing():
    leaf = (int("7777"), s("leaf!"))
    mid = [leaf, leaf]
    return {s("one."): mid, s("two."): (mid, leaf)}


def self_list():
    lst = []
    lst.append(lst)
    return lst


def self_dict():
    d = {}
    d[s("me me")] = d
    return d


def tuple_list_cycle():
    lst = []
    t = (lst, int("1234"))
    lst.append(t)
    return t


def two_lists_cycle():
    a = []
    b = [a]
    a.append(b)
    return [a, b]


makers = [tuple_twice, str_three_times, list_twice_in_tuple, dict_twice, bytes_twice,
          index_order, shared_with_small_ints, shared_key_and_value,
          shared_outside_and_inside_set, shared_inside_set_first, deep_sharing,
          self_list, self_dict, tuple_list_cycle, two_lists_cycle]

for make in makers:
    print(make.__name__)
    print("  v4", marshal.dumps(make()).hex())
    print("  v3", marshal.dumps(make(), 3).hex())
    try:
        print("  v2", marshal.dumps(make(), 2).hex())
    except ValueError as e:
        print("  v2", type(e).__name__, e)

# identity is restored by loads
loaded = marshal.loads(marshal.dumps(tuple_twice()))
print(loaded, loaded[0] is loaded[1])
loaded = marshal.loads(marshal.dumps(index_order()))
print(loaded, loaded[0] is loaded[1][1], loaded[1][0] is loaded[2][0] is loaded[2][2])
loaded = marshal.loads(marshal.dumps(self_list()))
print(loaded, loaded[0] is loaded)
loaded = marshal.loads(marshal.dumps(self_dict()))
print(loaded, loaded["me me"] is loaded)
loaded = marshal.loads(marshal.dumps(tuple_list_cycle()))
print(loaded, loaded[0][0] is loaded, loaded[1])
loaded = marshal.loads(marshal.dumps(two_lists_cycle()))
print(loaded, loaded[0][0] is loaded[1], loaded[1][0] is loaded[0])
loaded = marshal.loads(marshal.dumps(deep_sharing()))
print(loaded, loaded["one."] is loaded["two."][0], loaded["two."][1] is loaded["one."][0])
# version 2 loses the sharing
loaded = marshal.loads(marshal.dumps(tuple_twice(), 2))
print(loaded, loaded[0] is loaded[1])

# the outermost object held by a variable has refcount 2 -> flagged (index 0)
held = tuple_twice()
print("held v4", marshal.dumps(held).hex())
print("held v3", marshal.dumps(held, 3).hex())
held = str_three_times()
print("held v4", marshal.dumps(held).hex())
held = s("a b")
print("held str v4", marshal.dumps(held).hex(), marshal.dumps([held, held]).hex())
