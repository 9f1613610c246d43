# Code objects round-trip through marshal (the byte layout is implementation-specific,
# so it is never printed, and no CPython-made code object is loaded): the loaded code
# can be exec'd and behaves like the original.
import io
import marshal

source = """
x = 1
total = 0
for i in range(10):
    total += i * x

def greet(name, punctuation="!"):
    return "hello, " + name + punctuation

class Point:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def norm2(self):
        return self.a * self.a + self.b * self.b

big = 2 ** 100 + 1
consts = (None, True, 1.5, 2j, b"bytes", "caf\\xe9", frozenset({1, 2}), (1, (2, 3)), ...)
squares = [n * n for n in range(6)]
gen_total = sum(n for n in range(5))
result = greet("marshal") + " " + str(Point(3, 4).norm2())
"""

code = compile(source, "<marshal test>", "exec")
for version in (4, 3, 2, 1, 0):
    data = marshal.dumps(code, version)
    loaded = marshal.loads(data)
    print(version, type(loaded).__name__, type(data).__name__, loaded.co_filename, loaded.co_name)
    ns = {}
    exec(loaded, ns)
    print(" ", ns["x"], ns["total"], ns["greet"]("world", "?"), ns["big"], ns["consts"])
    print(" ", ns["squares"], ns["gen_total"], ns["result"], ns["Point"](1, 2).norm2())
    print(" ", ns["greet"].__code__.co_name, ns["greet"].__code__.co_varnames, ns["greet"].__defaults__)

simple = marshal.loads(marshal.dumps(compile("x=1", "f", "exec")))
ns = {}
exec(simple, ns)
print(ns["x"])

expr = marshal.loads(marshal.dumps(compile("a * 2 + 1", "<expr>", "eval")))
print(eval(expr, {"a": 20}))


def func(a, b=2, *args, c, **kwargs):
    return (a, b, args, c, sorted(kwargs.items()))


fcode = marshal.loads(marshal.dumps(func.__code__))
print(fcode.co_name, fcode.co_argcount, fcode.co_kwonlyargcount, fcode.co_varnames)

# code objects inside containers, through a file
buf = io.BytesIO()
marshal.dump([compile("y = 6 * 7", "<a>", "exec"), {"k": compile("z = 'zz'", "<b>", "exec")}], buf)
buf.seek(0)
items = marshal.load(buf)
ns = {}
exec(items[0], ns)
exec(items[1]["k"], ns)
print(ns["y"], ns["z"])
