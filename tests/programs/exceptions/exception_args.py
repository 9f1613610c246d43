# Exception args, str and repr
e = ValueError("message")
print(e.args, str(e), repr(e))
e2 = ValueError("a", 2, None)
print(e2.args, str(e2), repr(e2))
e3 = ValueError()
print(e3.args, repr(str(e3)), repr(e3))
k = KeyError("key")
print(str(k), repr(k), str(KeyError("a", "b")), str(KeyError()))
print(str(OSError(2, "No such file")), OSError(2, "x").errno, OSError(2, "x").strerror)
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
m = MyError(404, "not found")
print(m, repr(m), m.args, m.code)
try:
    raise m
except MyError as caught:
    print(caught is m, caught.msg)
class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
n = NoInitCall(5)
print(n.args, repr(n), str(n))
e.args = ("changed", 1)
print(str(e), e.args)
print(Exception("x") == Exception("x"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason)
