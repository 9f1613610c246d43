# memoryview over bytes and bytearray
ba = bytearray(b"abcdef")
mv = memoryview(ba)
print(mv[0], mv[-1], bytes(mv[1:3]), mv.tobytes(), mv.tolist()[:3], len(mv))
mv[0] = ord("A")
print(ba)
mv[2:4] = b"CD"
print(ba, mv.readonly, memoryview(b"x").readonly)
sub = mv[1:5]
print(bytes(sub), sub.nbytes, mv.format, mv.itemsize)
try:
    memoryview(b"abc")[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b"ab" == memoryview(b"ab"), bytes(memoryview(b"xyz")[::2]))
