# shutil: copytree (symlinks, ignore, copy_function, dirs_exist_ok) and rmtree
import os
import shutil

S = "_scratch_tree"


def p(*parts):
    return os.path.join(S, *parts)


def write(path, data):
    with open(path, "w") as f:
        f.write(data)


def listing(top):
    """Sorted (relative path, kind, detail) for everything under top."""
    out = []
    for root, dirs, files in os.walk(top):
        for name in dirs + files:
            full = os.path.join(root, name)
            rel = os.path.relpath(full, top)
            if os.path.islink(full):
                out.append((rel, "link", os.readlink(full)))
            elif os.path.isdir(full):
                out.append((rel, "dir", ""))
            else:
                with open(full) as f:
                    out.append((rel, "file", f.read()))
    return sorted(out)


def show(title, top):
    print(title)
    for item in listing(top):
        print("   ", *item)


def hide(text):
    return str(text).replace(os.path.abspath(S), "<S>")


if os.path.lexists(S):
    shutil.rmtree(S)
os.mkdir(S)

src = p("src")
os.makedirs(os.path.join(src, "sub", "deep"))
write(os.path.join(src, "a.txt"), "A")
write(os.path.join(src, "b.py"), "B")
write(os.path.join(src, "sub", "c.txt"), "C")
write(os.path.join(src, "sub", "deep", "d.py"), "D")
os.symlink("a.txt", os.path.join(src, "link_a"))
os.symlink("sub", os.path.join(src, "link_sub"))
os.chmod(os.path.join(src, "b.py"), 0o700)
os.utime(os.path.join(src, "sub", "c.txt"), ns=(5 * 10**17, 6 * 10**17))
show("source:", src)

# Plain copytree follows symlinks
r = shutil.copytree(src, p("copy1"))
print("returns dst:", r == p("copy1"))
show("copy1:", p("copy1"))
print("mode and times kept:", oct(os.stat(p("copy1", "b.py")).st_mode & 0o777),
      os.stat(p("copy1", "sub", "c.txt")).st_mtime_ns)

# symlinks=True keeps them as links
shutil.copytree(src, p("copy2"), symlinks=True)
show("copy2 (symlinks=True):", p("copy2"))

# ignore_patterns
shutil.copytree(src, p("copy3"), ignore=shutil.ignore_patterns("*.py", "link_*"))
show("copy3 (ignore *.py, link_*):", p("copy3"))

# A custom ignore function sees each directory and its names
calls = []


def ignore(directory, names):
    calls.append((os.path.relpath(directory, S), sorted(names)))
    return {"deep", "a.txt"}


shutil.copytree(src, p("copy4"), ignore=ignore, symlinks=True)
print("ignore calls:", sorted(calls))
show("copy4:", p("copy4"))

# A custom copy_function gets path strings
copied = []


def my_copy(s, d):
    copied.append((type(s).__name__, os.path.relpath(s, S), os.path.relpath(d, S)))
    return shutil.copy2(s, d)


shutil.copytree(src, p("copy5"), copy_function=my_copy)
print("copy_function calls:")
for c in sorted(copied):
    print("   ", *c)
shutil.copytree(src, p("copy6"), copy_function=shutil.copy)
print("copy as copy_function:", listing(p("copy6")) == listing(p("copy1")))

# Into an existing directory
try:
    shutil.copytree(src, p("copy1"))
except FileExistsError as e:
    print("exists:", type(e).__name__, e.errno, e.strerror, hide(e))
write(p("copy1", "a.txt"), "changed")
write(p("copy1", "extra.txt"), "extra")
shutil.copytree(src, p("copy1"), dirs_exist_ok=True)
show("merged (dirs_exist_ok):", p("copy1"))

# A dangling link is an error unless skipped or kept as a link
os.symlink("nowhere", os.path.join(src, "dangling"))
try:
    shutil.copytree(src, p("copy7"))
except shutil.Error as e:
    print("dangling:", type(e).__name__, isinstance(e, OSError))
    for item in e.args[0]:
        print("   ", tuple(hide(x) for x in item))
shutil.copytree(src, p("copy8"), ignore_dangling_symlinks=True)
print("dangling copied:", "dangling" in os.listdir(p("copy8")))
shutil.copytree(src, p("copy9"), symlinks=True)
print("kept:", os.readlink(p("copy9", "dangling")))

# Errors from several files are collected into one Error
os.mkdir(p("copy10"))
write(p("copy10", "sub"), "a file where a directory must go")
write(p("copy10", "link_sub"), "another one")
try:
    shutil.copytree(src, p("copy10"), dirs_exist_ok=True)
except shutil.Error as e:
    print("collected:", len(e.args[0]))
    for item in sorted(e.args[0]):
        print("   ", tuple(hide(x) for x in item))

# rmtree
outside = p("outside")
os.mkdir(outside)
write(os.path.join(outside, "keep"), "keep")
os.symlink(os.path.abspath(outside), p("copy2", "sub", "to_outside"))
shutil.rmtree(p("copy2"))
print("rmtree:", os.path.exists(p("copy2")), os.listdir(outside))

events = []


def onerror(func, path, exc_info):
    events.append((func.__name__, os.path.relpath(path, S), exc_info[0].__name__, hide(exc_info[1])))


shutil.rmtree(p("nothing_here"), onerror=onerror)
write(p("plain_file"), "x")
shutil.rmtree(p("plain_file"), onerror=onerror)
os.symlink("copy1", p("dir_link"))
shutil.rmtree(p("dir_link"), onerror=onerror)
os.symlink("plain_file", p("file_link"))
shutil.rmtree(p("file_link"), onerror=onerror)
os.symlink("gone", p("dangling_link"))
shutil.rmtree(p("dangling_link"), onerror=onerror)
print("onerror calls:")
for ev in events:
    print("   ", *ev)
print("links untouched:", os.path.islink(p("dir_link")), os.path.isdir(p("copy1")),
      os.path.isfile(p("plain_file")))

for target in ("nothing_here", "plain_file", "dir_link"):
    try:
        shutil.rmtree(p(target))
    except OSError as e:
        print("raised:", type(e).__name__, hide(e))
    shutil.rmtree(p(target), ignore_errors=True)
    print("ignored:", target)

# bytes path
shutil.rmtree(os.fsencode(p("copy3")))
print("bytes rmtree:", os.path.exists(p("copy3")))

for name in ("dir_link", "file_link", "dangling_link", "plain_file"):
    os.remove(p(name))
shutil.rmtree(S)
print("all removed:", os.path.exists(S))
