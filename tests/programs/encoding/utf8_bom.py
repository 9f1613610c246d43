# Source file starting with a UTF-8 byte order mark
import sys
s = "Grüße 🌍 中文"
print(s, len(s))
print(s.encode("utf-8"))
print(__doc__)
with open(__file__, "rb") as f:
    print(f.read(3))
