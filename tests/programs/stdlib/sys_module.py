# sys attributes that are portable across implementations
import sys
print(sys.version_info >= (3, 0), sys.version_info >= (3, 8), sys.version_info < (4, 0), sys.version_info[0] == 3)
print(sys.version_info.major == 3, type(sys.version_info.minor).__name__, len(sys.version_info[:3]))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31)
print(sys.byteorder in ("little", "big"), sys.byteorder)
print(type(sys.getrecursionlimit()).__name__, sys.getrecursionlimit() > 0)
print(isinstance(sys.argv, list), isinstance(sys.path, list), type(sys.modules).__name__)
print(sys.stdout is sys.__stdout__, hasattr(sys.stderr, "write"), sys.stdin is not None)
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules[__name__].__name__)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info() == (None, None, None))
print(sys.platform in ("linux", "darwin", "win32"), isinstance(sys.float_info.max, float), sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30) or True, sys.float_info.epsilon)
print(type(sys.flags).__name__ != "", sys.getdefaultencoding())
sys.stdout.write("written with sys.stdout.write\n")
print(sys.stdout.write("x") == 1)
