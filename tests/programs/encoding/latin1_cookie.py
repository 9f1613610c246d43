# -*- coding: latin-1 -*-
# Source file encoded in latin-1 with a PEP 263 cookie
s = "café naïve ÿ"
print(s, len(s))
print([hex(ord(c)) for c in s if ord(c) > 127])
print(s.encode("utf-8"))
print(s.encode("latin-1"))
b = b"raw bytes stay ascii"
print(b)
# comment with latin-1: ½ ¼ ¾
print("°" * 3, "\xe9" == "é")
