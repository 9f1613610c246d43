# Bytes literals and escapes
b = b"abc\x00\xff\n\t\\'"
print(b)
print(len(b), b[0], b[3], b[4], list(b[:3]))
print(b'', B"X", br"\n", rb"\x00", Rb"a\b")
print(b"\101\102\103", b"\x41\x42")
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"hello" b" " b"world")
print(bytes([0, 1, 127, 128, 255]))
print(bytes(3), bytes(b"x"), bytes("héllo", "utf-8"))
print(type(b""), b"a" == b"a", b"a" < b"b")
print(b"\r\x0b\x0c\x07")
print(bytearray(b"ab\x00"))
print(b"""multi
line""")
