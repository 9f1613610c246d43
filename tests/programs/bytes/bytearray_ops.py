# bytearray is a mutable bytes
ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba), ba[0], ba[-1])
ba.append(33)
ba.extend(b" world")
ba += b"?"
print(ba)
ba[1:5] = b"EY"
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.insert(0, 65)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("y")) if ord("y") in ba else None
print(ba)
ba.reverse(); print(ba)
ba.clear(); print(ba, len(ba))
b2 = bytearray(3); print(b2)
b3 = bytearray(range(65, 70)); print(b3, bytes(b3), b3.decode(), b3.copy() == b3, b3.copy() is b3)
b3[0:2] = []; print(b3)
print(bytearray(b"abc") == b"abc", b"abc" + bytearray(b"d"), type(b"abc" + bytearray(b"d")).__name__)
print(bytearray(b"x") * 3, bytearray(b" pad ").strip(), bytearray(b"a,b").split(b","))
for bad in (256, -1, "x"):
    try:
        bytearray(b"a")[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"abc").remove(120)
except ValueError as e:
    print(type(e).__name__, e)
print(bytearray.fromhex("41 42"), bytearray(b"AB").hex())
