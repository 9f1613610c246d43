"""Regenerate the non-UTF-8 / BOM source files of this area.

Run from this folder with CPython: python3 _make_encoded_files.py
(This file starts with '_' so it is not itself a test program.)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


write("latin1_cookie.py", (
    '# -*- coding: latin-1 -*-\n'
    '# Source file encoded in latin-1 with a PEP 263 cookie\n'
    's = "café naïve ÿ"\n'
    'print(s, len(s))\n'
    'print([hex(ord(c)) for c in s if ord(c) > 127])\n'
    'print(s.encode("utf-8"))\n'
    'print(s.encode("latin-1"))\n'
    'b = b"raw bytes stay ascii"\n'
    'print(b)\n'
    '# comment with latin-1: ½ ¼ ¾\n'
    'print("°" * 3, "\\xe9" == "é")\n').encode("latin-1"))

write("utf8_bom.py", b"\xef\xbb\xbf" + (
    '# Source file starting with a UTF-8 byte order mark\n'
    'import sys\n'
    's = "Grüße 🌍 中文"\n'
    'print(s, len(s))\n'
    'print(s.encode("utf-8"))\n'
    'print(__doc__)\n'
    'with open(__file__, "rb") as f:\n'
    '    print(f.read(3))\n').encode("utf-8"))

write("cookie_second_line.py", (
    '#!/usr/bin/env python3\n'
    '# vim: set fileencoding=iso-8859-15 :\n'
    'print("euro sign in iso-8859-15:", "€", hex(ord("€")))\n'
    'print("Š š Ž ž Œ œ Ÿ")\n').encode("iso-8859-15"))

os.makedirs(os.path.join(HERE, "encmods"), exist_ok=True)
write(os.path.join("encmods", "__init__.py"), b"")
write(os.path.join("encmods", "cp1252_mod.py"), (
    '# -*- coding: cp1252 -*-\n'
    'GREETING = "“quoted” — dash … ellipsis"\n').encode("cp1252"))
