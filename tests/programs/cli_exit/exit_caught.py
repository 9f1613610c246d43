# SystemExit can be caught like any other exception
import sys
for arg in (0, 5, "msg", None, True):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit, code =", repr(e.code), "args =", e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(repr(e.code))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(4)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
print("program continues and exits 0")
