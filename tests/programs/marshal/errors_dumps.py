# dumps() of values marshal cannot represent raises ValueError("unmarshallable object"),
# wherever the value sits in a structure; subclasses of the supported types are not
# supported either (only the exact types are). A structure nested more than 2000
# levels deep raises ValueError("object too deeply nested to marshal"). dump() into
# a file writes nothing when dumps would fail.
import io
import marshal


def attempt(label, value, *version):
    try:
        print(label, "->", marshal.dumps(value, *version).hex())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def function():
    pass


class Plain:
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


class MyBytes(bytes):
    pass


class MyBytearray(bytearray):
    pass


class MyFloat(float):
    pass


class MySet(set):
    pass


unmarshallable = [
    ("function", function), ("lambda", lambda: 0), ("builtin function", len), ("class", Plain),
    ("type int", int), ("instance", Plain()), ("object()", object()), ("module", marshal),
    ("range", range(3)), ("slice", slice(1, 2)), ("NotImplemented", NotImplemented),
    ("exception instance", ValueError("x")), ("exception class", ValueError),
    ("StopAsyncIteration", StopAsyncIteration), ("iterator", iter([1])),
    ("generator", (x for x in ())), ("dict keys view", {}.keys()), ("method", [].append),
    ("int subclass", MyInt(3)), ("str subclass", MyStr("s")), ("list subclass", MyList([1])),
    ("tuple subclass", MyTuple((1,))), ("dict subclass", MyDict(a=1)), ("float subclass", MyFloat(1.5)),
    ("set subclass", MySet([1])),
]
for label, value in unmarshallable:
    for version in (0, 2, 4):
        attempt(label + " v%d" % version, value, version)

# bytes-like objects (even subclasses of bytes) are written as bytes
attempt("bytes subclass", MyBytes(b"ab"), 2)
attempt("bytearray subclass", MyBytearray(b"ab"), 2)
attempt("memoryview", memoryview(b"abc")[1:], 2)

# nested somewhere inside supported containers
attempt("in list", [1, 2, function])
attempt("in tuple", (1, (2, (3, Plain()))))
attempt("dict value", {"k": object()})
attempt("dict key", {Plain(): 1})
attempt("in set", {1, 2, function})
attempt("in frozenset", frozenset([Plain()]))
attempt("after many good items", list(range(1000)) + [len])
attempt("StopIteration instance", [StopIteration()])

# depth: up to 2000 levels of objects can be written (the innermost counts)
for levels in (1998, 1999, 2000, 2001, 5000):
    value = []
    for i in range(levels - 1):
        value = [value]
    for version in (2, 4):
        try:
            data = marshal.dumps(value, version)
            # (only the length at version 4: the outermost list is held by a variable)
            if version == 2:
                print("nested lists", levels, "v2", len(data), data[:10].hex(), data[-10:].hex())
            else:
                print("nested lists", levels, "v4", len(data))
        except Exception as e:
            print("nested lists", levels, "v%d" % version, type(e).__name__, e)
value = ()
for i in range(2500):
    value = (value, i)
attempt("nested tuples 2501", value)
value = {}
for i in range(2500):
    value = {"k": value}
attempt("nested dicts 2501", value)
value = frozenset()
for i in range(12):
    value = frozenset([value, i])
attempt("nested frozensets 13", value, 2)

# dump() into a file: nothing written on failure, the file's write() result returned
f = io.BytesIO()
print(marshal.dump([1, 2], f, 2))
try:
    marshal.dump([1, function], f)
except ValueError as e:
    print(type(e).__name__, e)
print(f.getvalue().hex())


class Writer:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)
        return "written %d" % len(data)


w = Writer()
print(marshal.dump("ab", w, 2), marshal.dump(None, w), w.chunks)
try:
    marshal.dump(1, object())
except Exception as e:
    print(type(e).__name__, e)
try:
    marshal.dump(1)
except Exception as e:
    print(type(e).__name__, e)
