# memoryview over bytes and bytearray
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"abcdef"
m = memoryview(b)
print(type(m).__name__, len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.readonly, m.nbytes, m.format, m.itemsize)
print(m.ndim, m.shape, m.strides, m.obj is b, m.contiguous, m.c_contiguous, hasattr(m, "released"))
s = m[1:4]
print(type(s).__name__, s.tobytes(), len(s), s[0], s[-1], s.nbytes, s.obj is b)
r = m[::-1]
print(r.tobytes(), r[0], r[1:3].tobytes(), r.strides, r.contiguous, r[::2].tobytes())
e = m[::2]
print(e.tobytes(), e.tolist(), len(e), e.nbytes, e[1], e[-1], e[1:].tobytes(), m[4:2].tobytes(), m[-2:].tolist())
print(bytes(m), bytes(s), bytearray(e), b"-".join([m[:1], b"x"]), b"<" + m[:2], m[2:3] == b"c")
print(list(m[:3]), [x for x in m[3:]], 98 in m, b"b" in m, m.hex(), m.hex(":"), m[:3].hex("-", 2))
print(m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m != b"abc", m == "abcdef", m == [97], m[::2] == b"ace")
print(b"abcdef" == m, bytearray(b"abcdef") == m, hash(m) == hash(b), hash(m[1:3]) == hash(b"bc"))
print(memoryview(memoryview(b"xy")).tobytes(), memoryview(b"xy").toreadonly().readonly, memoryview(b"").tolist(), memoryview(b"abc").cast("B").tobytes())
show(lambda: memoryview(b"abc")[...])
ba = bytearray(b"abcdef")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = 65
w[-1] = ord("F")
print(ba)
w[1:3] = b"BC"
print(ba)
w[::2] = bytearray(b"xyz")
print(ba)
w[3:4] = memoryview(b"!")
print(ba)
sub = w[2:5]
sub[0] = 0x5a
print(ba, sub.tobytes())
ba[1] = 0x62
print(w[1], sub.tolist())
# errors
show(lambda: memoryview("abc"))
show(lambda: memoryview(5))
show(lambda: memoryview())
show(lambda: memoryview(b"ab")[5])
show(lambda: memoryview(b"ab")[-3])
show(lambda: memoryview(b"ab")["a"])
show(lambda: memoryview(b"ab")[1.5])
show(lambda: memoryview(b"ab")[::0])
def setitem(mv, k, v):
    mv[k] = v
show(lambda: setitem(memoryview(b"abc"), 0, 1))
show(lambda: setitem(w, 0, 256))
show(lambda: setitem(w, 0, -1))
show(lambda: setitem(w, 0, b"a"))
show(lambda: setitem(w, 0, 1.5))
show(lambda: setitem(w, 10, 1))
show(lambda: setitem(w, slice(0, 2), b"xyz"))
show(lambda: setitem(w, slice(0, 2), "xy"))
def delitem(mv, k):
    del mv[k]
show(lambda: delitem(w, 0))
show(lambda: hash(w))
show(lambda: w < w)
show(lambda: w + b"x")
# release and context manager
x = memoryview(b"xyz")
x.release()
x.release()
print(x == x, x == b"xyz", repr(x).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memory at 0x"))
show(lambda: x[0])
show(lambda: len(x))
show(lambda: x.tobytes())
show(lambda: x.tolist())
show(lambda: bytes(x))
show(lambda: x.readonly)
with memoryview(b"ctx") as cm:
    print(cm[0], cm.tobytes())
show(lambda: cm[0])
# tuple keys on a one-dimensional view
t = memoryview(bytearray(b"abc"))
for k in [(0,), (-1,), (0, 1), (), (slice(None),), ("a",), (1.5,), (5,)]:
    show(lambda: t[k])
    show(lambda: setitem(t, k, 1))
print(t.obj)
