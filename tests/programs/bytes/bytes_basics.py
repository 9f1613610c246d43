# bytes construction, indexing, slicing, concatenation
b = b"hello world"
print(b[0], b[-1], b[0:5], b[::-1], b[::2], type(b[0]).__name__, type(b[:1]).__name__)
print(len(b), b + b"!", b * 2, b"ab" in b"cabd", 104 in b, b"" in b)
print(bytes(5), bytes([65, 66]), bytes(range(3)), bytes(b"copy"), bytes("ü", "utf-8"), bytes())
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(list(b"abc"), tuple(b"\x00\xff"), [x for x in b"hi"])
print(b == b"hello world", b < b"help", b"a" < b"b", b"abc" == "abc")
for bad in ([256], [-1], ["a"], "str", 1.5):
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[100]
except IndexError as e:
    print(type(e).__name__, e)
print(repr(bytes(range(0, 256, 17))))
print(b"x".decode(), str(b"x"), hash(b"abc") == hash(b"abc"))
