# marshal module surface: version constant, argument handling, what dumps/loads
# accept, trailing bytes, dump()'s return value (it returns file.write's result).
# Nothing here depends on reference counts: all dumps use version 2 or values
# that are never flagged (None, bools, Ellipsis, StopIteration).
import marshal


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print("version", marshal.version, type(marshal.version).__name__)
for name in ("dump", "dumps", "load", "loads"):
    print(name, callable(getattr(marshal, name)))

# singletons are written without FLAG_REF at every version
for v in range(5):
    print(v, [marshal.dumps(x, v) for x in (None, True, False, ..., StopIteration)])
print(marshal.dumps(None), marshal.dumps(True), marshal.dumps(False))
print(marshal.dumps(...), marshal.dumps(StopIteration))
print(marshal.loads(b"S") is StopIteration, marshal.loads(b".") is ...)
print(marshal.loads(b"N") is None, marshal.loads(b"T") is True, marshal.loads(b"F") is False)

# version argument: any int is accepted; < 2 writes floats as text, >= 4 behaves as 4.
# The values are created at run time right in the call, so their only reference is
# the argument itself (CPython: refcount 1 -> no FLAG_REF even at versions 3 and 4).
for v in (-1, 0, 1, 2, 3, 4, 5, 100, True, False):
    print("version", v, marshal.dumps(float("1.5"), v), marshal.dumps(int("2147483648"), v),
          marshal.dumps([bytes("xy", "ascii"), "x y".upper()], v))
attempt("dumps version float", marshal.dumps, 1, 2.0)
attempt("dumps version str", marshal.dumps, 1, "2")
attempt("dumps version None", marshal.dumps, 1, None)
attempt("dumps version big", marshal.dumps, 1, 2**40)
attempt("dumps keyword", marshal.dumps, 1, version=2)
attempt("dumps no args", marshal.dumps)
attempt("dumps 3 args", marshal.dumps, 1, 2, 3)

# loads: any bytes-like object, extra trailing bytes are ignored
attempt("loads bytes", marshal.loads, b"i\x07\x00\x00\x00")
attempt("loads bytearray", marshal.loads, bytearray(b"i\x07\x00\x00\x00"))
attempt("loads memoryview", marshal.loads, memoryview(b"i\x07\x00\x00\x00"))
attempt("loads trailing", marshal.loads, b"i\x07\x00\x00\x00garbage")
attempt("loads trailing N", marshal.loads, b"NNNN")
attempt("loads two objects", marshal.loads, marshal.dumps(1, 2) + marshal.dumps(2, 2))
attempt("loads str", marshal.loads, "N")
attempt("loads int", marshal.loads, 5)
attempt("loads None", marshal.loads, None)
attempt("loads list", marshal.loads, [78])
attempt("loads 2 args", marshal.loads, b"N", 1)
attempt("loads no args", marshal.loads)
attempt("loads empty", marshal.loads, b"")

# dumps accepts bytes-like objects and writes them as bytes ('s')
attempt("dumps bytearray", marshal.dumps, bytearray(b"abc"), 2)
attempt("dumps memoryview", marshal.dumps, memoryview(b"abc"), 2)
attempt("dumps empty bytearray", marshal.dumps, bytearray(), 2)
print(type(marshal.loads(marshal.dumps(bytearray(b"abc")))).__name__)
print(type(marshal.dumps(None)).__name__)
