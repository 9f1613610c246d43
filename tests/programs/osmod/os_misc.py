# os constants, environment and process helpers
import os
import errno
print(os.name, repr(os.sep), os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(hasattr(os.environ, "keys"), os.environ["PYTHONHASHSEED"], os.environ.get("SURELY_NOT_SET_Q"))
os.environ["FP_MISC"] = "1"
print(os.getenv("FP_MISC"), os.environ.pop("FP_MISC"), os.getenv("FP_MISC", "gone"))
os.environ.setdefault("FP_MISC2", "dflt")
print(os.environ["FP_MISC2"])
os.environ.update({"FP_MISC3": "three"})
print(os.getenv("FP_MISC3"))
try:
    os.environ["FP_BAD"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    os.environ["NOPE_Q"]
except KeyError as e:
    print("KeyError", e)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1, type(os.getuid()).__name__)
print(os.strerror(2), os.strerror(13), os.strerror(17), os.strerror(errno.ENOTDIR))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
old = os.umask(0o022)
print(type(old).__name__, os.umask(old) == 0o022)
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINTR, errno.EAGAIN, errno.EPIPE, errno.ECHILD,
      errno.EBADF, errno.EINVAL, errno.ENOTDIR, errno.EISDIR, errno.EPERM, errno.ESRCH, errno.ENOTEMPTY)
print(errno.errorcode[2], errno.errorcode[17], errno.errorcode[errno.EAGAIN], len(errno.errorcode) > 100)
e = OSError(errno.ENOENT, os.strerror(errno.ENOENT), "f")
print(type(e).__name__, e)
print(os.path.join("a", "b"), os.error is OSError)
print(os.fsencode("abc"), os.fsdecode(b"abc"))
st = os.stat_result(tuple(range(10)))
print(st, st.st_mtime, st.st_size)
print(os.get_exec_path({"PATH": "/a:/b"}))
import sys
print("os.path" in sys.modules, sys.modules["os.path"] is os.path)
from os import path as p2
from os.path import join as j2
print(p2 is os.path, j2("x", "y"))
