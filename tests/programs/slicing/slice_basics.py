# Slicing with steps and negative indices
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[3:3], s[::3], s[::100])
t = "abcdefgh"
print(t[1:-1], t[::-3], t[-2::-2], t[:100], t[5:-100:-1])
print((1, 2, 3, 4)[1::2], range(10)[2:8:3], b"bytes"[1:3])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
sl = slice(1, 8, 3)
print(s[sl], sl, sl.start, sl.stop, sl.step, slice(5), slice(None, None, -1).indices(5))
print(slice(2, 20).indices(10), slice(-3, None).indices(10), slice(None, None, -2).indices(7))
print(s[slice(None)], s[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), repr(slice(None, None, None)))
try:
    s["a":"b"]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True:3], s[1.0.__int__():2])
