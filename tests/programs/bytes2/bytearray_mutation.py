# bytearray mutators, item/slice assignment and deletion, in-place operators, exports
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba.append(33)
ba.extend(b" wor")
ba.extend(bytearray(b"l"))
ba.extend([100, 33])
ba.extend(x for x in b"?")
ba.extend(memoryview(b"~"))
print(ba)
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 46)
ba.insert(-100, 44)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
print(c == ba, c is ba, type(c).__name__)
ba.clear()
print(ba, len(ba), c)
# slice assignment
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
print(ba)
ba[0:0] = b"<"
ba[len(ba):] = b">"
print(ba)
ba[2:5] = []
print(ba)
ba[::2] = b"123"
print(ba)
ba[::-2] = bytearray(b"xyz")
print(ba)
ba[1:3] = ba
print(ba)
ba[5:2] = b"QQ"
print(ba)
ba[::3] = []
print(ba)
ba[:] = range(65, 70)
print(ba)
ba[1:2] = memoryview(b"mv")
print(ba)
ba[-2:] = (x for x in b"gen")
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[::2]
print(ba)
del ba[1:]
print(ba)
ba = bytearray(b"abcdef")
del ba[::-2]
print(ba)
ba = bytearray(b"abcdef")
del ba[10:20]
del ba[4:2]
print(ba)
# in-place operators
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba += bytearray(b"e")
ba += memoryview(b"f")
print(ba, alias is ba)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, alias is ba)
# errors
ba = bytearray(b"abc")
def setitem(k, v):
    ba[k] = v
def delitem(k):
    del ba[k]
show(lambda: setitem(0, 256))
show(lambda: setitem(0, -1))
show(lambda: setitem(0, "a"))
show(lambda: setitem(0, b"a"))
show(lambda: setitem(5, 1))
show(lambda: setitem("a", 1))
show(lambda: setitem(slice(0, 1), 5))
show(lambda: setitem(slice(0, 1), 1.5))
show(lambda: setitem(slice(0, 1), "ab"))
show(lambda: setitem(slice(0, 1), [256]))
show(lambda: setitem(slice(0, 1), [1.5]))
show(lambda: setitem(slice(0, 1), None))
show(lambda: setitem(slice(None, None, 2), b"xyz"))
show(lambda: setitem(slice(None, None, 2), b"x"))
show(lambda: setitem(slice(None, None, 0), b"x"))
show(lambda: delitem(10))
show(lambda: delitem("a"))
print(ba)
def iadd(v):
    global ba
    ba += v
def imul(v):
    global ba
    ba *= v
show(lambda: iadd("x"))
show(lambda: iadd(5))
show(lambda: imul("x"))
show(lambda: bytearray(b"abc").append(256))
show(lambda: bytearray(b"abc").append("a"))
show(lambda: bytearray(b"abc").append(b"a"))
show(lambda: bytearray(b"abc").append())
show(lambda: bytearray(b"abc").extend(5))
show(lambda: bytearray(b"abc").extend("ab"))
show(lambda: bytearray(b"abc").extend([256]))
show(lambda: bytearray(b"abc").extend(None))
show(lambda: bytearray(b"abc").insert(0, 256))
show(lambda: bytearray(b"abc").insert("a", 1))
show(lambda: bytearray(b"abc").insert(0))
show(lambda: bytearray(b"abc").pop(10))
show(lambda: bytearray().pop())
show(lambda: bytearray(b"abc").pop("a"))
show(lambda: bytearray(b"abc").pop(1, 2))
show(lambda: bytearray(b"abc").remove(120))
show(lambda: bytearray(b"abc").remove(256))
show(lambda: bytearray(b"abc").remove(b"a"))
show(lambda: bytearray(b"abc").clear(1))
show(lambda: bytearray(b"abc").copy(x=1))
show(lambda: bytearray.append(b"abc", 1))
b = b"abc"
def bset():
    b[0] = 1
def bdel():
    del b[0]
show(bset)
show(bdel)
show(lambda: b.append(1))
# a bytearray with live memoryviews cannot change size
ba = bytearray(b"abc")
m = memoryview(ba)
for f in [lambda: ba.append(1), lambda: ba.extend(b"x"), lambda: ba.pop(), lambda: ba.clear(),
          lambda: iadd(b"x"), lambda: imul(2), lambda: ba.insert(0, 1), lambda: ba.remove(97),
          lambda: delitem(0), lambda: setitem(slice(0, 1), b"xy"), lambda: ba.__init__(b"q")]:
    show(f)
setitem(slice(0, 1), b"x")
ba.reverse()
ba[1] = 66
print(ba, m.tobytes())
m2 = m[1:]
m.release()
show(lambda: ba.append(1))
m2.release()
ba.append(100)
print(ba)
m3 = memoryview(ba)
del m3
ba.append(101)
print(ba)
with memoryview(ba) as m4:
    show(lambda: ba.append(1))
ba.append(102)
print(ba)
