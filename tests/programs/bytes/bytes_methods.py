# bytes methods mirror str methods
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b.upper(), b.lower(), b.swapcase())
print(b.split(), b.split(b","), b"a,b,c".split(b",", 1), b"a b".rsplit(None, 1))
print(b",".join([b"a", b"b", bytearray(b"c")]), b"".join([]))
print(b.find(b"World"), b.find(b"x"), b.index(b"H"), b.count(b"l"), b.rfind(b"l"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"Ab".islower())
print(b"hello world".title(), b"hello".capitalize(), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"))
print(b"42".zfill(5), b"a\tb".expandtabs(4), b"x=1".partition(b"="), b"a=b=c".rpartition(b"="))
print(b"l1\nl2\r\nl3".splitlines(), b"l1\nl2".splitlines(True))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"))
print(b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
print(b"%d-%s" % (5, b"z"), b"abc".decode("ascii"), b"\xc3\xa9".decode())
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".isascii(), b"\x80".isascii(), b"Hello World".istitle())
