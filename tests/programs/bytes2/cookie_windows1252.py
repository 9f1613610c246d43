# -*- coding: windows-1252 -*-
# Source declared as windows-1252 (an alias of cp1252)
s = "€ “quoted” — naïve …"
print(s, len(s))
print([hex(ord(c)) for c in s if ord(c) > 127])
