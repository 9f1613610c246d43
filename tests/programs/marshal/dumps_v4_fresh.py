# Byte-exact dumps at versions 4 and 3 of values that nobody else references.
#
# At version >= 3 CPython sets FLAG_REF (0x80 on the type byte) on an object only if
# its reference count is > 1 when it is written; a second occurrence of a flagged
# object is written as 'r' + 4-byte index (indexes count flagged objects in the order
# they are written, containers before their contents). Every value below comes out
# of eval(text): once eval returns, its code object (and its co_consts) is gone, so
# each object is referenced only by its container, or, for the outermost object,
# only by the argument of dumps() -> refcount 1 -> no flag. The exceptions, which
# CPython flags regardless, are shared cached objects:
#   * small ints -5..256 ('i' -> 0xe9; a repeated small int becomes an 'r' ref);
#   * interned strs: a str constant made only of ASCII letters, digits and '_'
#     (including '' and results of constant folding such as 'x' * 300) is interned
#     by the compiler; interned strs are always flagged: v4 'Z'/'A' | 0x80 = 0xda/0xc1,
#     v3 't' | 0x80 = 0xf4;
#   * one-character strs with code point < 256 (cached singletons): ' ' is written
#     'z' | 0x80 = 0xfa (not interned), 'a' 0xda (interned), '\xe9' 'u' | 0x80 = 0xf5;
#   * the empty tuple (0xa9 00 at v4) and bytes of length 0 or 1 ('s' | 0x80 = 0xf3).
# Not flagged: floats, complex, ints outside -5..256, non-identifier strs ('z' 0x7a,
# 'a' 0x61 for >= 256 chars, 'u' 0x75 for non-ASCII), bytes of length >= 2, lists,
# dicts, sets, non-empty tuples, frozenset() (not a singleton in 3.11).
# No text below repeats a non-small constant (the compiler would share it).
import marshal

texts = [
    # scalars at top level
    "1000", "-1000", "2**40", "-(10**30)", "5", "-5", "-6", "256", "257",
    "2.5", "-0.0", "1e300", "1j", "(1.5-2j)", "None", "True", "False", "...",
    # strs at top level
    "'ab'", "'a b'", "''", "'abc_123'", "'123abc'", "'a.b'", "'x' * 255", "'x' * 256",
    "'x y' * 100", "'caf\\xe9'", "'\\u20ac'", "'\\U0001f600'", "'a'", "' '", "'\\xe9'",
    "'\\u0100'",
    # bytes
    "b''", "b'x'", "b'\\xff'", "b'xy'", "b'hello world'",
    # tuples
    "()", "(1000,)", "(1000, 'a b')", "((1000,),)", "((), ())", "(2.5, (3.5, (4.5,)))",
    "tuple(range(300, 560))",
    # lists
    "[]", "[1000]", "[5]", "[-5]", "[-6]", "[256]", "[257]", "[True, None, ...]",
    "[2.5]", "[1j]", "['a b']", "['ab']", "['']", "['x' * 300]", "['x y' * 100]",
    "['caf\\xe9']", "[b'']", "[b'a']", "[b'ab']", "[()]", "[(1,)]", "[[]]", "[{}]",
    "[frozenset()]", "[set()]", "[StopIteration]", "[1, 2, 1, 1]", "[0, -5, 256, 0, 256]",
    "['ab', 'cd', 'ab']", "[(), ((),), ()]", "[b'', b'x', b'', b'x']",
    "[1000, [2000, [3000, [4000]]]]", "[2**70, -2**70, 10**100]",
    "[' ', '\\x00', '\\x7f', '\\xff', '\\u0100']",
    # dicts
    "{}", "{1000: 'a b'}", "{'k': 1}", "{'a b': 1000}", "{'ab': 'a b'}", "{None: True}",
    "{1: 1}", "{'x': {'y': {'z': []}}}", "{(1000, 'a b'): [2.5]}", "{'key': 'key'}",
    # nesting of everything
    "[1000, 2.5, 'a b']", "[(1000, 'ab', 'a b')]", "{'list': [1, 2, 3], 'tuple': (4, 5), 'n': None}",
    "[[1000, 'a b'], (2.5, None), {'k': [1]}]",
]

for text in texts:
    print(text)
    print("  v4", marshal.dumps(eval(text)).hex())
    print("  v3", marshal.dumps(eval(text), 3).hex())
