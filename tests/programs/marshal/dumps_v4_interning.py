# Version 4/3 dumps whose bytes depend on interning and on references held outside the
# dumped structure (kept apart from dumps_v4_fresh.py because they are the hardest
# to reproduce without CPython's reference counts). The rules observed in CPython 3.11:
#   * A str is written with an interned code ('Z'/'A' at v4 if ASCII, 't' at v3 and
#     for non-ASCII at v4) iff it is interned, and an interned str is ALWAYS flagged
#     (0x80), whatever its refcount.
#     Interned: identifier-like str constants of compiled code (ASCII letters, digits,
#     '_'), the empty str, names (attribute names, keyword-argument names), results
#     of sys.intern. NOT interned: strs built at run time (str(12),
#     'ab'.upper(), ''.join(...)), even if they look like identifiers.
#   * A one-character str with code point < 256 made at run time (chr(97), s[1])
#     is CPython's cached singleton: flagged, but not interned (0xfa = 'z' | 0x80), unlike
#     the literal 'a' (interned, 0xda). chr(233) -> 0xf5 ('u' | 0x80); chr(256) is not
#     cached -> 0x75.
#   * An object also referenced from elsewhere (a variable, a constant of the module's
#     code object, another container) has refcount > 1 -> flagged, even if it occurs
#     only once in the dump.
import marshal
import sys


def fresh(text):
    return "".join([c for c in text])


print("runtime identifier-like strs are not interned")
print(" ", marshal.dumps([str(12)]).hex(), marshal.dumps([fresh("ab")]).hex(),
      marshal.dumps(["abc".upper()]).hex(), marshal.dumps([fresh("x") * 300]).hex()[:20])
print(" v3", marshal.dumps([str(12)], 3).hex(), marshal.dumps([fresh("ab")], 3).hex())
print("sys.intern makes them interned (and always flagged)")
print(" ", marshal.dumps([sys.intern(str(12))]).hex(), marshal.dumps([sys.intern(fresh("ab"))]).hex(),
      marshal.dumps([sys.intern(fresh("a b"))]).hex(), marshal.dumps([sys.intern(fresh("\xe9\xe9"))]).hex())
print(" v3", marshal.dumps([sys.intern(fresh("a b"))], 3).hex(), marshal.dumps([sys.intern(fresh("\xe9\xe9"))], 3).hex())
print("the empty str is interned")
abc = fresh("abc")
print(" ", marshal.dumps([abc[3:]]).hex(), marshal.dumps([str()]).hex(), marshal.dumps([fresh("")]).hex())
print("one-character strs made at run time")
print(" ", marshal.dumps([chr(97)]).hex(), marshal.dumps([abc[1]]).hex(), marshal.dumps([chr(32)]).hex(),
      marshal.dumps([chr(233)]).hex(), marshal.dumps([chr(255)]).hex(), marshal.dumps([chr(256)]).hex())
print(" v3", marshal.dumps([chr(97)], 3).hex(), marshal.dumps([chr(233)], 3).hex())
print(" two of them", marshal.dumps([chr(120), chr(120), fresh("x y")[0]]).hex())


class Obj:
    pass


o = Obj()
o.attr_name = 1
setattr(o, fresh("other"), 2)
print("attribute names are interned")
print(" ", marshal.dumps(list(o.__dict__)).hex())
print("keyword argument names are interned")
print(" ", marshal.dumps(list(dict(alpha=1, beta=2))).hex())

print("module-level constants are also referenced by the module's code object")
print(" ", marshal.dumps([1000]).hex(), marshal.dumps(["a b"]).hex(), marshal.dumps([2.5]).hex(),
      marshal.dumps([b"xyz"]).hex())
print(" ", marshal.dumps((1000, "a b")).hex(), marshal.dumps(1000).hex(), marshal.dumps("a b").hex())

x = int("1000")
y = fresh("a b")
print("values held by variables are flagged")
print(" ", marshal.dumps(x).hex(), marshal.dumps([x]).hex(), marshal.dumps([x, x]).hex())
print(" ", marshal.dumps(y).hex(), marshal.dumps([y]).hex(), marshal.dumps((y, [y])).hex())
del x, y
print("after del, a fresh value is not flagged")
print(" ", marshal.dumps(int("1000")).hex(), marshal.dumps(fresh("a b")).hex())

keep = [int("3000"), fresh("c d")]
print("elements of another live list are flagged")
print(" ", marshal.dumps(keep[0]).hex(), marshal.dumps(keep[1]).hex(), marshal.dumps([keep[0], keep[1]]).hex(),
      marshal.dumps(tuple(keep)).hex(), marshal.dumps(keep).hex())
