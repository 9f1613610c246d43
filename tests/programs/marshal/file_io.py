# marshal.dump / marshal.load with file objects: io.BytesIO and a real file in the
# program's folder (fixed name, removed at the end). load() consumes exactly one
# object, so several objects can be read back one after another; at the end of the
# data it raises EOFError("EOF read where object expected").
import io
import marshal
import os

objects = [None, 1000, -2**70, 2.5, 1j, "text", "caf\xe9", b"raw", (1, "two"), [3, [4]],
           {"k": (None,)}, {5, 6}, frozenset(["f"]), ..., StopIteration, True]

buf = io.BytesIO()
for obj in objects:
    r = marshal.dump(obj, buf, 2)
    print("dump", repr(obj), "->", r, buf.tell())
data = buf.getvalue()
print(len(data), data == b"".join(marshal.dumps(o, 2) for o in objects))

buf.seek(0)
while True:
    try:
        obj = marshal.load(buf)
    except EOFError as e:
        print("EOFError", e, buf.tell())
        break
    print("load", repr(obj) if type(obj) is not set else sorted(obj), buf.tell())

# load leaves the rest of the stream alone
buf = io.BytesIO(marshal.dumps([1, 2], 2) + b"tail bytes")
print(marshal.load(buf), buf.read())

# truncated data in a stream
for data in (b"", b"i\x01", b"u\x05\x00\x00\x00ab", b"[\x02\x00\x00\x00N", b"z", b"?", b"0",
             b"r\x00\x00\x00\x00", b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00"):
    buf = io.BytesIO(data)
    try:
        print(repr(data), "->", marshal.load(buf))
    except Exception as e:
        print(repr(data), "->", type(e).__name__, e, buf.tell())

# a real file
path = "marshal_file_io_test.bin"
with open(path, "wb") as f:
    for obj in objects:
        marshal.dump(obj, f)
    big = list(range(-50000, 50000, 3))
    marshal.dump(big, f)
    marshal.dump(["after big"] * 3, f, 2)
print("size", os.path.getsize(path))
with open(path, "rb") as f:
    count = 0
    while True:
        try:
            obj = marshal.load(f)
        except EOFError as e:
            print("EOFError", e)
            break
        count += 1
        if type(obj) is list and len(obj) > 100:
            print("big list", len(obj), obj == big, f.tell())
        elif type(obj) is set:
            print("loaded", sorted(obj), f.tell())
        else:
            print("loaded", repr(obj), f.tell())
    print(count, "objects")

# the same file read in one go with loads: only the first object
with open(path, "rb") as f:
    content = f.read()
print(marshal.loads(content), len(content))

# version 2 bytes written through a real file equal dumps()
with open(path, "wb") as f:
    print(marshal.dump({"a": [1, 2.5, "x y"]}, f, 2))
with open(path, "rb") as f:
    print(f.read() == marshal.dumps({"a": [1, 2.5, "x y"]}, 2))

# a file opened in text mode, and objects that are not files
with open(path, "w") as f:
    f.write("N")
with open(path, "r") as f:
    try:
        marshal.load(f)
    except Exception as e:
        print(type(e).__name__, e)
with open(path, "rb") as f:
    print(marshal.load(f))
os.remove(path)
print("removed", os.path.exists(path))


class StrReader:
    def read(self, n=-1):
        return "N"


for bad in (StrReader(), "not a file", 42, None):
    try:
        marshal.load(bad)
    except Exception as e:
        print(type(bad).__name__, type(e).__name__, e)
for bad in ("not a file", 42, None):
    try:
        marshal.dump(1, bad)
    except Exception as e:
        print(type(bad).__name__, type(e).__name__, e)
try:
    marshal.load()
except Exception as e:
    print(type(e).__name__, e)
try:
    marshal.load(io.BytesIO(b"N"), 1)
except Exception as e:
    print(type(e).__name__, e)
