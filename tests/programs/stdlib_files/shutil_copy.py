# shutil: copyfileobj, copyfile, copymode, copystat, copy, copy2, which, get_terminal_size
import io
import os
import shutil

S = "_scratch_copy"


def clean(path):
    if os.path.isdir(path) and not os.path.islink(path):
        for name in os.listdir(path):
            clean(os.path.join(path, name))
        os.rmdir(path)
    elif os.path.lexists(path):
        os.remove(path)


def p(*parts):
    return os.path.join(S, *parts)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def mode(path):
    return oct(os.stat(path).st_mode & 0o7777)


clean(S)
os.mkdir(S)

# copyfileobj
src = io.BytesIO(b"0123456789" * 10)
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 7)
print("copyfileobj:", dst.getvalue() == src.getvalue(), len(dst.getvalue()))
src = io.StringIO("rest of it")
src.read(5)
dst = io.StringIO()
shutil.copyfileobj(src, dst)
print("copyfileobj from the current position:", repr(dst.getvalue()))
print("COPY_BUFSIZE:", shutil.COPY_BUFSIZE)
write(p("big.bin"), bytes(range(256)) * 1000)
with open(p("big.bin"), "rb") as fsrc, open(p("big.copy"), "wb") as fdst:
    shutil.copyfileobj(fsrc, fdst, length=1000)
print("files:", read(p("big.copy")) == read(p("big.bin")))

# copyfile copies contents only
write(p("a.txt"), b"alpha\n")
os.chmod(p("a.txt"), 0o751)
os.utime(p("a.txt"), ns=(1_000_000_000_000_000_000, 1_200_000_000_123_456_789))
r = shutil.copyfile(p("a.txt"), p("b.txt"))
print("copyfile:", r == p("b.txt"), read(p("b.txt")), mode(p("b.txt")) != "0o751",
      os.stat(p("b.txt")).st_mtime_ns != os.stat(p("a.txt")).st_mtime_ns)
write(p("c.txt"), b"old contents that are longer")
shutil.copyfile(p("a.txt"), p("c.txt"))
print("overwrites:", read(p("c.txt")))

# copymode and copystat
shutil.copymode(p("a.txt"), p("c.txt"))
print("copymode:", mode(p("c.txt")))
os.chmod(p("c.txt"), 0o600)
shutil.copystat(p("a.txt"), p("c.txt"))
st = os.stat(p("c.txt"))
print("copystat:", mode(p("c.txt")), st.st_mtime_ns)

# copy: contents and mode; copy2: also times
r = shutil.copy(p("a.txt"), p("d.txt"))
print("copy:", r == p("d.txt"), read(p("d.txt")), mode(p("d.txt")),
      os.stat(p("d.txt")).st_mtime_ns == os.stat(p("a.txt")).st_mtime_ns)
r = shutil.copy2(p("a.txt"), p("e.txt"))
print("copy2:", r == p("e.txt"), read(p("e.txt")), mode(p("e.txt")),
      os.stat(p("e.txt")).st_mtime_ns == os.stat(p("a.txt")).st_mtime_ns)

# into a directory: the base name is kept
os.mkdir(p("into"))
r = shutil.copy(p("a.txt"), p("into"))
print("copy into dir:", r == p("into", "a.txt"), os.listdir(p("into")))
r = shutil.copy2(p("b.txt"), p("into") + "/")
print("copy2 into dir/:", os.path.basename(r), sorted(os.listdir(p("into"))))

# symlinks: followed by default, re-created with follow_symlinks=False
os.symlink("a.txt", p("link"))
shutil.copyfile(p("link"), p("from_link"))
print("followed:", os.path.islink(p("from_link")), read(p("from_link")))
shutil.copyfile(p("link"), p("link_copy"), follow_symlinks=False)
print("link kept:", os.path.islink(p("link_copy")), os.readlink(p("link_copy")))
shutil.copy(p("link"), p("link_copy2"), follow_symlinks=False)
shutil.copy2(p("link"), p("link_copy3"), follow_symlinks=False)
print("copy/copy2 of link:", os.readlink(p("link_copy2")), os.readlink(p("link_copy3")),
      mode(p("a.txt")))

# DirEntry and bytes sources
entry = [e for e in os.scandir(S) if e.name == "a.txt"][0]
r = shutil.copy2(entry, p("from_entry"))
print("DirEntry:", r == p("from_entry"), read(r), mode(r))
r = shutil.copyfile(os.fsencode(p("a.txt")), os.fsencode(p("from_bytes")))
print("bytes:", r == os.fsencode(p("from_bytes")), read(p("from_bytes")))

# which
os.mkdir(p("bin"))
write(p("bin", "mytool"), b"#!/bin/sh\necho hi\n")
os.chmod(p("bin", "mytool"), 0o755)
write(p("bin", "plain"), b"data")
os.chmod(p("bin", "plain"), 0o644)
os.mkdir(p("bin", "adir"))
os.mkdir(p("bin2"))
write(p("bin2", "mytool"), b"second")
os.chmod(p("bin2", "mytool"), 0o755)
search = os.pathsep.join([p("bin"), p("bin2")])
print("which:", shutil.which("mytool", path=search) == p("bin", "mytool"))
print("which order:", shutil.which("mytool", path=os.pathsep.join([p("bin2"), p("bin")])) == p("bin2", "mytool"))
print("which F_OK:", shutil.which("plain", mode=os.F_OK, path=search) == p("bin", "plain"))
print("which directory:", shutil.which("adir", mode=os.F_OK, path=search))
print("which missing:", shutil.which("no_such_tool_xyz", path=search))
print("which empty path:", shutil.which("mytool", path=""))
print("which with dir part:", shutil.which(p("bin", "mytool")) == p("bin", "mytool"),
      shutil.which(p("bin", "nothere")))
print("which bytes:", shutil.which(b"mytool", path=search) == os.fsencode(p("bin", "mytool")))
old_path = os.environ.get("PATH")
os.environ["PATH"] = search
print("which $PATH:", shutil.which("mytool") == p("bin", "mytool"))
os.environ["PATH"] = ""
print("which $PATH empty:", shutil.which("mytool"))
if old_path is None:
    del os.environ["PATH"]
else:
    os.environ["PATH"] = old_path
print("which sh:", shutil.which("sh") is not None)

# get_terminal_size: environment first, then the terminal, then the fallback
saved = {k: os.environ.pop(k) for k in ("COLUMNS", "LINES") if k in os.environ}
os.environ["COLUMNS"] = "100"
os.environ["LINES"] = "30"
print(shutil.get_terminal_size())
os.environ["COLUMNS"] = "abc"
os.environ["LINES"] = "12"
print(shutil.get_terminal_size(fallback=(33, 7)))   # stdout is not a terminal here
os.environ["COLUMNS"] = "0"
os.environ["LINES"] = "-3"
print(shutil.get_terminal_size((41, 9)))
del os.environ["COLUMNS"], os.environ["LINES"]
print(tuple(shutil.get_terminal_size((20, 5))))
os.environ.update(saved)

clean(S)
print("clean:", os.path.exists(S))
