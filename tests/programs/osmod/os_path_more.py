# Many posixpath cases (pure string functions; no absolute paths printed)
import os
import os.path
import posixpath

P = os.path
print(P is posixpath, P.__name__)
for args in [("a",), ("a", "b"), ("a/", "b"), ("a", "/b"), ("a", "b/", "c"), ("", ""), ("", "x"),
             ("/", "x"), ("a", ""), ("a", "", "b"), ("//a", "b"), ("a", "b", "/c", "d")]:
    print("join", args, repr(P.join(*args)))
print(repr(P.join(b"a", b"b")), repr(P.join(b"/x", b"y/")))
for p in ["", "/", "//", "///", "a", "a/", "a/b", "a/b/", "/a", "/a/b", "//a/b", "a//b", "a/b//", "///a///b///",
          ".", "..", "./a", "../a/b"]:
    print("split", repr(p), P.split(p), repr(P.dirname(p)), repr(P.basename(p)))
for p in ["a.txt", "a.tar.gz", ".bashrc", "..bashrc", "a/.b", "a.b/c", "a.b/c.d", "a.", "a..", "...",
          ".", "..", "", "/x/y.z", "a/b.", "a/.b.c", "x..y"]:
    print("splitext", repr(p), P.splitext(p))
print(P.splitext(b"f.py"), P.splitdrive("/a/b"), P.splitdrive(b"x"))
for p in ["", ".", "/", "//", "///", "////a", "a//b", "a/./b", "a/../b", "../a", "../../a/..", "a/b/../../..",
          "/..", "/../a", "//a/../b", "a/b/", "./", "././.", "a/./../", "/a/b/c/../../d", "x/../../y"]:
    print("normpath", repr(p), repr(P.normpath(p)))
print(repr(P.normpath(b"a//b/../c")))
for p in ["/", "/a", "a", "", "./a", "//"]:
    print("isabs", repr(p), P.isabs(p))
print(P.commonprefix([]), repr(P.commonprefix(["abc", "abd", "ab"])), repr(P.commonprefix(["/usr/lib", "/usr/local"])))
print(P.commonprefix([["a", "b"], ["a", "c"]]))
print(P.commonpath(["/usr/lib", "/usr/local/lib"]), P.commonpath(["a/b/c", "a/b/d", "a/b"]), repr(P.commonpath(["a", "b"])))
print(P.commonpath(["/a/./b", "/a/b/c"]), P.commonpath(["/"]), P.commonpath([b"/x/y", b"/x/z"]))
for bad in [[], ["/a", "b"], ["a", b"b"]]:
    try:
        P.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(P.relpath("a/b/c", "a"), P.relpath("a", "a/b/c"), P.relpath("a", "a"), P.relpath("x/y", "z/w"))
print(P.relpath("/usr/lib", "/usr/local/bin"), P.relpath("/", "/a"), P.relpath(b"a/b", b"a"))
try:
    P.relpath("")
except ValueError as e:
    print("ValueError", e)
print(P.abspath("x") == P.join(os.getcwd(), "x"), P.abspath("/a/../b"), P.abspath("/a/./c/"))
print(P.realpath("/a/../b/./c"), P.realpath("/") , P.realpath("no_such_dir_xyz") == P.join(os.getcwd(), "no_such_dir_xyz"))
print(P.normcase("AbC"), P.sep, P.curdir, P.pardir, P.extsep, P.altsep, P.pathsep, P.devnull)
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester/"
print(P.expanduser("~"), P.expanduser("~/x"), P.expanduser("a/~"), P.expanduser("~nosuchuserxyz/q"))
os.environ["HOME"] = "/"
print(P.expanduser("~"), P.expanduser("~/y"))
if home is not None:
    os.environ["HOME"] = home
os.environ["FP_TEST_VAR"] = "value"
print(P.expandvars("$FP_TEST_VAR/x"), P.expandvars("${FP_TEST_VAR}y"), P.expandvars("$NOPE_NOT_SET_Q/z"),
      P.expandvars("a$"), P.expandvars("${FP_TEST_VAR"), P.expandvars("$$FP_TEST_VAR"), P.expandvars("${}"))
del os.environ["FP_TEST_VAR"]
print(P.expandvars("$FP_TEST_VAR"), "FP_TEST_VAR" in os.environ, os.getenv("FP_TEST_VAR"))
for bad in [(1,), ("a", 1), ("a", b"b"), (None,)]:
    try:
        P.join(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    P.join()
except TypeError as e:
    print("TypeError", e)
for f in [P.split, P.basename, P.dirname, P.normpath, P.splitext, P.isabs]:
    try:
        f(3)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
class PL:
    def __fspath__(self):
        return "some/dir/file.txt"
print(P.basename(PL()), P.dirname(PL()), P.join(PL(), "x"), P.join("x", PL()), os.fspath(PL()))
print(os.fspath("s"), os.fspath(b"b"), isinstance(PL(), os.PathLike), isinstance("x", os.PathLike))
try:
    os.fspath(1)
except TypeError as e:
    print("TypeError", e)
print(P.exists(""), P.isdir(""), P.isfile("nonexistent_q"), P.islink("."), P.lexists("."), P.exists("bad\0path"))
print(P.ismount("/"), P.ismount("."), P.samefile(".", "./"))
