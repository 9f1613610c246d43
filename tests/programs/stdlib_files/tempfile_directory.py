# tempfile.TemporaryDirectory: context manager, cleanup, error handling
import os
import tempfile

SCRATCH = "_scratch_tmpdir"
ALPHABET = set("abcdefghijklmnopqrstuvwxyz0123456789_")


def clean(path):
    if os.path.lexists(path) and not os.path.isdir(path):
        os.remove(path)
    elif os.path.isdir(path):
        for root, dirs, files in os.walk(path, topdown=False):
            for f in files:
                os.remove(os.path.join(root, f))
            for d in dirs:
                p = os.path.join(root, d)
                if os.path.islink(p):
                    os.remove(p)
                else:
                    os.rmdir(p)
        os.rmdir(path)


def fill(top):
    """A small tree with files, nested folders and symlinks."""
    os.makedirs(os.path.join(top, "a", "b", "c"))
    for rel in ("f.txt", "a/g.txt", "a/b/c/h.txt"):
        with open(os.path.join(top, rel), "w") as f:
            f.write(rel)
    os.symlink("f.txt", os.path.join(top, "link_file"))
    os.symlink("a", os.path.join(top, "link_dir"))
    os.symlink("nowhere", os.path.join(top, "dangling"))
    os.symlink(os.path.abspath(OUTSIDE), os.path.join(top, "a", "outside"))


clean(SCRATCH)
os.mkdir(SCRATCH)
OUTSIDE = os.path.join(SCRATCH, "outside_target")
os.mkdir(OUTSIDE)
with open(os.path.join(OUTSIDE, "keep.txt"), "w") as f:
    f.write("keep")

# Attributes and repr
t = tempfile.TemporaryDirectory(dir=SCRATCH)
base = os.path.basename(t.name)
print("name:", os.path.dirname(t.name) == SCRATCH, base[:3], len(base), set(base[3:]) <= ALPHABET,
      os.path.isdir(t.name), oct(os.stat(t.name).st_mode & 0o777))
print("repr:", repr(t).replace(t.name, "<NAME>"))
fill(t.name)
t.cleanup()
print("cleaned:", os.path.exists(t.name), os.listdir(OUTSIDE))
t.cleanup()
print("second cleanup is quiet")
os.mkdir(t.name)
t.cleanup()
print("re-created and cleaned again:", os.path.exists(t.name))

# As a context manager: `as` gets the path (a str)
with tempfile.TemporaryDirectory(suffix="_s", prefix="p_", dir=SCRATCH) as d:
    print("with:", type(d).__name__, os.path.basename(d)[:2], os.path.basename(d)[-2:], os.path.isdir(d))
    fill(d)
    print("filled:", sorted(os.listdir(d)))
print("gone after with:", os.path.exists(d), os.listdir(OUTSIDE))

# An exception inside the block still removes the directory.
try:
    with tempfile.TemporaryDirectory(dir=SCRATCH) as d:
        fill(d)
        raise KeyError("inside")
except KeyError as e:
    print("propagated:", repr(e), os.path.exists(d))

# The directory vanished already: nothing to complain about.
t = tempfile.TemporaryDirectory(dir=SCRATCH)
os.rmdir(t.name)
t.cleanup()
print("vanished: ok")

# Something that cannot be removed as a tree: the error propagates...
t = tempfile.TemporaryDirectory(dir=SCRATCH)
os.rmdir(t.name)
with open(t.name, "w") as f:
    f.write("not a directory")
try:
    t.cleanup()
except OSError as e:
    print("cleanup error:", type(e).__name__, e.errno, e.strerror, e.filename == t.name)
os.remove(t.name)

# ...unless ignore_cleanup_errors is set.
t = tempfile.TemporaryDirectory(dir=SCRATCH, ignore_cleanup_errors=True)
os.rmdir(t.name)
with open(t.name, "w") as f:
    f.write("not a directory")
t.cleanup()
print("ignored:", os.path.isfile(t.name))
os.remove(t.name)

# Unwritable and unreadable contents are reset and removed (a no-op
# difference when running as root, but the tree must go either way).
with tempfile.TemporaryDirectory(dir=SCRATCH) as d:
    sub = os.path.join(d, "locked")
    os.mkdir(sub)
    with open(os.path.join(sub, "x"), "w") as f:
        f.write("x")
    os.chmod(os.path.join(sub, "x"), 0o400)
    os.chmod(sub, 0o500)
print("locked tree removed:", os.path.exists(d))

# Bytes arguments give a bytes name.
with tempfile.TemporaryDirectory(dir=os.fsencode(SCRATCH)) as d:
    print("bytes:", type(d).__name__, os.path.isdir(d))
print("bytes removed:", os.path.exists(d))

print("left over:", sorted(os.listdir(SCRATCH)), os.listdir(OUTSIDE))
clean(SCRATCH)
print("done", os.path.exists(SCRATCH))
