# tempfile: default directory and prefix, mkdtemp, mkstemp and mktemp
import os
import tempfile

ALPHABET = set("abcdefghijklmnopqrstuvwxyz0123456789_")
SCRATCH = "_scratch_mkdtemp"


def random_part(name, prefix="tmp", suffix=""):
    """The random middle of a generated base name, checked for shape."""
    assert name.startswith(prefix) and name.endswith(suffix), name
    middle = name[len(prefix):len(name) - len(suffix)]
    return len(middle) == 8 and set(middle) <= ALPHABET


def clean(path):
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path, topdown=False):
            for f in files:
                os.remove(os.path.join(root, f))
            for d in dirs:
                os.rmdir(os.path.join(root, d))
        os.rmdir(path)


clean(SCRATCH)
os.mkdir(SCRATCH)

print("prefix:", tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
print("all has:", sorted(n for n in ["mkstemp", "mkdtemp", "mktemp", "gettempdir", "gettempdirb",
      "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "tempdir", "TMP_MAX"]
      if n in tempfile.__all__))

# The default directory: chosen once, absolute, cached in `tempdir`.
tempfile.tempdir = None
saved = {k: os.environ.pop(k) for k in ("TMPDIR", "TEMP", "TMP") if k in os.environ}
os.environ["TMPDIR"] = SCRATCH
d = tempfile.gettempdir()
print("TMPDIR honoured:", d == os.path.abspath(SCRATCH), tempfile.tempdir == d)
print("cached:", tempfile.gettempdir() is tempfile.tempdir or tempfile.gettempdir() == d)
print("bytes:", tempfile.gettempdirb() == os.fsencode(d), type(tempfile.gettempdirb()).__name__)
tempfile.tempdir = None
os.environ["TMPDIR"] = os.path.join(SCRATCH, "missing")
os.environ["TEMP"] = SCRATCH
print("TEMP used when TMPDIR is missing:", tempfile.gettempdir() == os.path.abspath(SCRATCH))
tempfile.tempdir = None
os.environ["TEMP"] = os.path.join(SCRATCH, "missing")
os.environ["TMP"] = os.path.join(SCRATCH, "also_missing")
print("then /tmp:", tempfile.gettempdir() == "/tmp")
for k in ("TMPDIR", "TEMP", "TMP"):
    del os.environ[k]
os.environ.update(saved)
tempfile.tempdir = SCRATCH
print("explicit tempdir:", tempfile.gettempdir() == SCRATCH)

# mkdtemp with defaults (goes into tempdir, here our scratch folder)
p = tempfile.mkdtemp()
print("mkdtemp:", os.path.dirname(p) == SCRATCH, random_part(os.path.basename(p)),
      os.path.isdir(p), oct(os.stat(p).st_mode & 0o777))
os.rmdir(p)

p = tempfile.mkdtemp(suffix=".d", prefix="pre_", dir=SCRATCH)
print("mkdtemp args:", os.path.dirname(p) == SCRATCH, not os.path.isabs(p),
      random_part(os.path.basename(p), "pre_", ".d"), len(os.path.basename(p)))
os.rmdir(p)

p = tempfile.mkdtemp(dir=os.path.abspath(SCRATCH))
print("absolute dir:", os.path.isabs(p), os.listdir(SCRATCH) == [os.path.basename(p)])
os.rmdir(p)

pb = tempfile.mkdtemp(dir=os.fsencode(SCRATCH))
print("bytes dir:", type(pb).__name__, pb.startswith(os.fsencode(SCRATCH) + b"/tmp"), os.path.isdir(pb))
os.rmdir(pb)
pb = tempfile.mkdtemp(prefix=b"b_", suffix=b"_z")
print("bytes prefix:", type(pb).__name__, os.path.basename(pb)[:2], os.path.basename(pb)[-2:], len(os.path.basename(pb)))
os.rmdir(pb)

for kwargs in [dict(prefix="a", suffix=b"b"), dict(prefix=b"a", dir=SCRATCH)]:
    try:
        tempfile.mkdtemp(**kwargs)
    except TypeError as e:
        print("TypeError:", e)

made = [tempfile.mkdtemp(dir=SCRATCH) for _ in range(40)]
print("distinct:", len(set(made)), len(os.listdir(SCRATCH)))
for p in made:
    os.rmdir(p)

try:
    tempfile.mkdtemp(dir=os.path.join(SCRATCH, "no", "such"))
except FileNotFoundError as e:
    print("missing dir:", type(e).__name__, e.errno, e.strerror)

# mkstemp: an open descriptor and an absolute path
fd, path = tempfile.mkstemp(dir=SCRATCH)
print("mkstemp:", type(fd).__name__, os.path.isabs(path),
      os.path.dirname(path) == os.path.abspath(SCRATCH), random_part(os.path.basename(path)))
st = os.stat(path)
print("file:", (st.st_mode & 0o170000) == 0o100000, oct(st.st_mode & 0o777), st.st_size,
      os.fstat(fd).st_size, os.path.samestat(os.fstat(fd), st))
if hasattr(os, "close"):
    os.close(fd)
os.remove(path)

fd, path = tempfile.mkstemp(suffix=".txt", prefix="s_", dir=SCRATCH, text=True)
print("mkstemp args:", random_part(os.path.basename(path), "s_", ".txt"), os.path.exists(path))
if hasattr(os, "close"):
    os.close(fd)
os.remove(path)

fd, path = tempfile.mkstemp(prefix=b"x")
print("mkstemp bytes:", type(path).__name__, os.path.basename(path)[:1],
      os.path.dirname(path) == os.fsencode(os.path.abspath(SCRATCH)))
if hasattr(os, "close"):
    os.close(fd)
os.remove(path)

# mktemp only invents a name
name = tempfile.mktemp(dir=SCRATCH)
print("mktemp:", os.path.dirname(name) == SCRATCH, random_part(os.path.basename(name)), os.path.exists(name))
name = tempfile.mktemp(".s", "p", SCRATCH)
print("mktemp args:", random_part(os.path.basename(name), "p", ".s"))

print("left over:", os.listdir(SCRATCH))
tempfile.tempdir = None
os.rmdir(SCRATCH)
print("default again:", os.path.isabs(tempfile.gettempdir()))
