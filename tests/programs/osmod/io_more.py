# io.StringIO / io.BytesIO edge cases and the io class hierarchy
import io
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO("abc")
t(lambda: s.seek(1, 1)); t(lambda: s.seek(-1)); t(lambda: s.seek(0, 5)); t(lambda: s.seek(1.5))
t(lambda: s.read(1.5)); t(lambda: s.write(1)); t(lambda: s.truncate(-1))
t(lambda: s.seek(0, 2)); t(lambda: s.seek(6)); t(lambda: s.write("Z")); t(lambda: s.getvalue())
t(lambda: s.tell()); t(lambda: s.read()); t(lambda: s.seek(0)); t(lambda: s.read(None)); t(lambda: s.read(-5))
t(lambda: s.truncate()); t(lambda: s.getvalue()); t(lambda: s.seek(2)); t(lambda: s.truncate()); t(lambda: s.getvalue()); t(lambda: s.tell())
b = io.BytesIO(b"abc")
t(lambda: b.seek(-1)); t(lambda: b.seek(0, 5)); t(lambda: b.seek(-5, 1)); t(lambda: b.tell()); t(lambda: b.write("x"))
t(lambda: b.truncate(-1)); t(lambda: b.read(1.5)); t(lambda: b.seek(10)); t(lambda: b.write(b"z")); t(lambda: b.getvalue())
t(lambda: b.seek(1)); t(lambda: b.write(b"XY")); t(lambda: b.getvalue()); t(lambda: b.read(3)); t(lambda: b.seek(-2, 2)); t(lambda: b.read())
ba = bytearray(4)
b.seek(0)
t(lambda: b.readinto(ba)); print(ba)
s.close(); t(lambda: s.write(1)); t(lambda: s.write("x")); t(lambda: s.closed); t(lambda: s.readable()); t(lambda: s.tell())
t(lambda: s.read()); t(lambda: iter(s))
b.close(); t(lambda: b.write("x")); t(lambda: b.write(b"x")); t(lambda: b.getvalue()); t(lambda: b.closed)
t(lambda: io.StringIO(newline="x")); t(lambda: io.StringIO(5)); t(lambda: io.StringIO(newline=5)); t(lambda: io.BytesIO("s"))
s = io.StringIO("a\r\nb\rc\n", newline=None); t(lambda: s.getvalue()); t(lambda: s.newlines); t(lambda: s.readlines())
s = io.StringIO("a\r\nb\rc\n", newline=""); t(lambda: s.readlines()); t(lambda: s.newlines)
s = io.StringIO("a\r\nb\rc\n", newline="\r"); t(lambda: s.readlines()); t(lambda: s.getvalue())
s = io.StringIO("a\nb", newline="\r\n"); t(lambda: s.getvalue()); t(lambda: s.readlines()); t(lambda: s.newlines)
s = io.StringIO("one\ntwo\nthree\n")
t(lambda: s.readline(2)); t(lambda: s.readline()); t(lambda: s.readline(0)); t(lambda: s.readlines(1)); t(lambda: s.readline())
s = io.StringIO()
print("x", 1, 2.5, sep=",", end="!\n", file=s)
print(file=s)
s.writelines(["p", "q\n"])
t(lambda: s.getvalue()); t(lambda: s.line_buffering); t(lambda: s.isatty()); t(lambda: s.fileno())
t(lambda: s.encoding); t(lambda: s.errors); t(lambda: s.newlines)
s = io.StringIO("héllo wörld")
t(lambda: s.read(4)); t(lambda: s.tell()); t(lambda: s.seek(7)); t(lambda: s.read())
b = io.BytesIO(b"l1\nl2\n\nl4")
t(lambda: list(b)); b.seek(0); t(lambda: b.readline()); t(lambda: b.readlines()); t(lambda: b.read1())
t(lambda: b.readable()); t(lambda: b.seekable()); t(lambda: b.writable()); t(lambda: b.isatty())
with io.BytesIO() as bb:
    bb.write(b"ctx")
    print(bb.getvalue())
print(bb.closed)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(io.StringIO(), io.BufferedIOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError), io.UnsupportedOperation.__module__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open, io.StringIO.__module__)
print(io.StringIO.__name__, io.BytesIO.__name__, io.TextIOWrapper.__name__)
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("shout", file=u)
print(repr(u.getvalue()))
class Lines(io.TextIOBase):
    def __init__(self):
        self.items = ["a\n", "b\n"]
    def readline(self):
        return self.items.pop(0) if self.items else ""
print(list(Lines()), Lines().readable(), Lines().closed)
l = Lines()
with l:
    pass
print(l.closed)
try:
    l.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
import _io
print(_io.StringIO is io.StringIO)
