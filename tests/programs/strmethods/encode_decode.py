# str.encode and bytes.decode with errors handlers
s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", errors="replace"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"))
print(s.encode("utf-16-le")[:8], len(s.encode("utf-16")), s.encode("utf-32-be")[:8])
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
b = s.encode()
print(b.decode(), b.decode("utf-8"), b.decode("latin-1"))
try:
    b.decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfeabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"))
print(b"\xffabc".decode("utf-8", "backslashreplace"))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("€".encode("cp1252"), b"\x80".decode("cp1252"), "abc".encode("utf-8") == b"abc")
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"\xe9", "latin-1"), bytes("é", "utf-8"))
print("A".encode("utf-16"), "😀".encode("utf-16-be"), b"\xd8\x3d\xde\x00".decode("utf-16-be"))
