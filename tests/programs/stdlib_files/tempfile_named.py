# tempfile: NamedTemporaryFile and TemporaryFile
import os
import tempfile

SCRATCH = "_scratch_named"
ALPHABET = set("abcdefghijklmnopqrstuvwxyz0123456789_")


def clean(path):
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path, topdown=False):
            for f in files:
                os.remove(os.path.join(root, f))
            for d in dirs:
                os.rmdir(os.path.join(root, d))
        os.rmdir(path)


def shape(name, prefix="tmp", suffix=""):
    base = os.path.basename(name)
    middle = base[len(prefix):len(base) - len(suffix)]
    return (base.startswith(prefix) and base.endswith(suffix)
            and len(middle) == 8 and set(middle) <= ALPHABET)


def hide(text, path):
    return str(text).replace(path, "<NAME>")


clean(SCRATCH)
os.mkdir(SCRATCH)
ABS = os.path.abspath(SCRATCH)

# Default: binary, read-write, removed on close.
f = tempfile.NamedTemporaryFile(dir=SCRATCH)
print("name:", os.path.isabs(f.name), os.path.dirname(f.name) == ABS, shape(f.name))
print("exists:", os.path.exists(f.name), oct(os.stat(f.name).st_mode & 0o777))
print("file:", f.file is not f, f.file.name == f.name, f.closed, f.delete)
print("write:", f.write(b"hello\nworld\n"), f.tell())
f.flush()
with open(f.name, "rb") as other:
    print("seen by others:", other.read())
f.seek(0)
print("read:", f.read(5), f.readline(), f.readlines())
f.seek(0)
print("lines:", list(f))
f.seek(0, 2)
f.writelines([b"a\n", b"b\n"])
f.seek(0)
print("iterated:", [line for line in f])
name = f.name
f.close()
print("after close:", f.closed, os.path.exists(name))
f.close()
print("second close ok")

# Text mode, prefix/suffix, `with`
with tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="nt_", dir=SCRATCH, encoding="utf-8") as f:
    print("with:", shape(f.name, "nt_", ".txt"))
    print("text write:", f.write("héllo\n"), f.write("line 2\n"))
    f.flush()
    with open(f.name, encoding="utf-8") as other:
        print("text seen:", repr(other.read()))
    f.seek(0)
    print("text lines:", list(f))
    name = f.name
print("removed after with:", os.path.exists(name), f.closed)

# The wrapper returned by __enter__ is the object itself.
g = tempfile.NamedTemporaryFile(dir=SCRATCH)
with g as h:
    print("enter returns wrapper:", h is g)
print("closed:", g.closed)

# delete=False keeps the file
with tempfile.NamedTemporaryFile("wb", dir=SCRATCH, delete=False) as f:
    f.write(b"kept")
    kept = f.name
print("kept:", os.path.exists(kept), f.closed)
with open(kept, "rb") as other:
    print("kept data:", other.read())
os.remove(kept)

# An exception inside `with` still removes the file, and propagates.
try:
    with tempfile.NamedTemporaryFile(dir=SCRATCH) as f:
        name = f.name
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e, os.path.exists(name))

# Removing the file yourself makes close() complain (as in CPython 3.11).
f = tempfile.NamedTemporaryFile(dir=SCRATCH)
os.remove(f.name)
try:
    f.close()
except FileNotFoundError as e:
    print("close after remove:", type(e).__name__, hide(e, f.name), e.filename == f.name)
print("closed anyway:", f.closed)

# Bytes names
f = tempfile.NamedTemporaryFile(dir=os.fsencode(SCRATCH), prefix=b"b_")
print("bytes name:", type(f.name).__name__, os.path.basename(f.name)[:2], os.path.exists(f.name))
f.close()

# TemporaryFile: no name left in the directory
t = tempfile.TemporaryFile(dir=SCRATCH)
print("TemporaryFile listing:", os.listdir(SCRATCH))
t.write(b"spam and eggs")
t.seek(5)
print("TemporaryFile read:", t.read())
t.close()
print("closed:", t.closed)
with tempfile.TemporaryFile("w+", dir=SCRATCH) as t:
    t.write("one\ntwo\n")
    t.seek(0)
    print("text TemporaryFile:", t.readlines(), os.listdir(SCRATCH))
print("closed after with:", t.closed)

# Many at once get distinct names
files = [tempfile.NamedTemporaryFile(dir=SCRATCH) for _ in range(20)]
print("distinct:", len({f.name for f in files}), len(os.listdir(SCRATCH)))
for f in files:
    f.close()
print("left over:", os.listdir(SCRATCH))
os.rmdir(SCRATCH)
