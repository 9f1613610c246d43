# shutil: exceptions (SameFileError, Error, OSError subclasses) and move
import os
import shutil

S = "_scratch_errors"


def p(*parts):
    return os.path.join(S, *parts)


def write(path, data):
    with open(path, "w") as f:
        f.write(data)


def read(path):
    with open(path) as f:
        return f.read()


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, "|", e)
        return e
    print(label, "->", result)


if os.path.lexists(S):
    shutil.rmtree(S)
os.mkdir(S)
os.chdir(S)

print("hierarchy:", issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error),
      issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError),
      issubclass(shutil.ReadError, OSError), issubclass(shutil.RegistryError, Exception))

write("a", "alpha")
os.mkdir("d")
e = attempt("copyfile same", shutil.copyfile, "a", "a")
print("   args:", e.args, e.errno, e.filename)
attempt("copyfile same via ./", shutil.copyfile, "a", "./a")
os.symlink("a", "link_a")
attempt("copyfile to own link", shutil.copyfile, "a", "link_a")
os.link("a", "hard_a")
attempt("copyfile hard link", shutil.copyfile, "hard_a", "a")
attempt("copy into own dir", shutil.copy, "d/../a", ".")
attempt("copy2 same", shutil.copy2, "a", "a")
attempt("copyfile missing", shutil.copyfile, "missing", "b")
attempt("copyfile onto a dir", shutil.copyfile, "a", "d")
attempt("copyfile into missing dir/", shutil.copyfile, "a", "nodir/")
attempt("copyfile from a dir", shutil.copyfile, "d", "b")
attempt("copyfile to missing parent", shutil.copyfile, "a", "nodir/b")
attempt("copymode missing", shutil.copymode, "missing", "a")
attempt("copystat missing source", shutil.copystat, "missing", "a")
attempt("copy bytes missing", shutil.copy, b"missing", b"b")
attempt("copytree of a file", shutil.copytree, "a", "t1")
attempt("copytree missing", shutil.copytree, "missing", "t2")
attempt("copytree existing", shutil.copytree, "d", "d")
attempt("rmtree of a file", shutil.rmtree, "a")
print("still there:", os.path.exists("a"))

err = shutil.Error([("x", "y", "why")])
print("Error:", err, "|", err.args, "|", repr(err))
print("SameFileError:", repr(shutil.SameFileError("p and q")))

# move: plain rename
write("m1", "move me")
print("move file:", shutil.move("m1", "m2"), os.path.exists("m1"), read("m2"))
print("move into dir:", shutil.move("m2", "d"), os.listdir("d"))
attempt("move onto itself inside dir", shutil.move, "d/m2", "d/")
write("m3", "third")
print("move over file:", shutil.move("m3", "d/m2"), read("d/m2"), os.path.exists("m3"))
os.makedirs("tree/inner")
write("tree/inner/f", "f")
print("move dir:", shutil.move("tree", "tree2"), sorted(os.listdir("tree2")))
print("move dir into dir:", shutil.move("tree2", "d"), sorted(os.listdir("d")))
os.mkdir("tree2")
attempt("move onto existing", shutil.move, "tree2", "d")
attempt("move into itself", shutil.move, "d", "d/tree2/inner")
attempt("move missing", shutil.move, "missing", "elsewhere")
print("move same dir:", shutil.move("d", "d"), os.path.isdir("d"))
os.symlink("d", "dlink")
print("move link:", shutil.move("dlink", "dlink2"), os.path.islink("dlink2"), os.readlink("dlink2"))
e = attempt("move with trailing sep", shutil.move, "tree2/", "d/tree2")
print("   exists:", os.path.isdir("d/tree2"))

# move across file systems: os.rename fails, so copy and delete instead
real_rename = os.rename


def cross_device(src, dst):
    raise OSError(18, "Invalid cross-device link", src, dst)


os.rename = cross_device
try:
    write("x1", "copied then removed")
    os.utime("x1", ns=(10**18, 10**18 + 5))
    print("xdev file:", shutil.move("x1", "x2"), os.path.exists("x1"), read("x2"),
          os.stat("x2").st_mtime_ns)
    os.makedirs("xt/in")
    write("xt/in/f", "deep")
    os.symlink("in/f", "xt/lnk")
    print("xdev dir:", shutil.move("xt", "xt2"), os.path.exists("xt"), sorted(os.listdir("xt2")),
          os.readlink("xt2/lnk"), read("xt2/lnk"))
    os.symlink("x2", "xl")
    print("xdev link:", shutil.move("xl", "xl2"), os.path.lexists("xl"), os.readlink("xl2"))
    used = []

    def spy(src, dst):
        used.append((src, dst))
        return shutil.copy(src, dst)

    print("xdev copy_function:", shutil.move("x2", "d", copy_function=spy), used)
    attempt("xdev into itself", shutil.move, "xt2", "xt2/in")
finally:
    os.rename = real_rename

os.chdir("..")
shutil.rmtree(S)
print("clean:", os.path.exists(S))
