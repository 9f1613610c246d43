# single-byte codecs (cp1252, iso-8859-15), escape codecs, decode/encode errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

text = "\u20ac \u201cq\u201d \u2014 \u2026 \u0160\u0161\u017d\u017e\u0152\u0153\u0178 \u00e9\u00ff"
cp = text.encode("cp1252")
print(cp, cp.decode("cp1252") == text, len(cp))
for name in ("cp1252", "CP1252", "windows-1252", "Windows_1252", "1252", "windows1252"):
    show(lambda: "\u20ac".encode(name))
l9 = "\u20ac\u0160\u0161\u017d\u017e\u0152\u0153\u0178 caf\u00e9".encode("iso-8859-15")
print(l9, l9.decode("latin9"))
for name in ("iso-8859-15", "ISO8859-15", "iso_8859_15", "latin9", "LATIN9", "l9", "latin-9", "iso885915"):
    show(lambda: b"\xa4".decode(name))
print(bytes(range(0x80, 0xa0)).decode("cp1252", "replace"))
print(bytes(range(0xa0, 0xc0)).decode("iso8859_15"))
print(bytes(range(0xa0, 0xc0)).decode("latin-1"))
show(lambda: b"a\x81".decode("cp1252"))
show(lambda: b"\x8d\x8f\x90\x9d".decode("cp1252"))
show(lambda: b"x\x81y\x90z".decode("cp1252", "ignore"))
show(lambda: b"x\x81y".decode("cp1252", "replace"))
show(lambda: b"x\x81y".decode("cp1252", "backslashreplace"))
show(lambda: "a\u0100".encode("cp1252"))
show(lambda: "a\u0100\u0101b".encode("cp1252"))
show(lambda: "\u00a4".encode("iso8859-15"))
show(lambda: "a\u0100\u0101b".encode("latin9", "replace"))
show(lambda: "a\u0100b".encode("cp1252", "xmlcharrefreplace"))
show(lambda: "a\u0100b".encode("cp1252", "backslashreplace"))
show(lambda: "a\u0100b".encode("cp1252", "ignore"))
try:
    b"ab\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "ab\u0100".encode("cp1252")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
# unicode_escape / raw_unicode_escape
print("a\\b\t\n\r\x00\x7f\u00e9\u20ac\U0001f600'\"".encode("unicode_escape"))
print(b"\\n\\t\\\\\\'\\\"\\x41\\101\\u20ac\\U0001F600\\a\\b\\f\\v\\0 \\\nX".decode("unicode_escape"))
print(b"caf\xe9".decode("unicode-escape"), "caf\u00e9\u20ac".encode("raw_unicode_escape"), b"\\u20ac \\\\u20ac \\n".decode("raw_unicode_escape"))
show(lambda: b"\\x4".decode("unicode_escape"))
show(lambda: b"ab\\u12".decode("unicode_escape"))
show(lambda: b"\\U00110000".decode("unicode_escape"))
show(lambda: b"abc\\".decode("unicode_escape"))
show(lambda: b"\\x4g".decode("unicode_escape", "replace"))
show(lambda: b"\\x4g".decode("unicode_escape", "ignore"))
# decode arguments
print(b"abc".decode(), b"abc".decode("ascii"), b"\xff".decode("utf-8", "replace"), b"ab".decode(encoding="latin-1"), b"\xff".decode(errors="ignore"))
show(lambda: b"abc".decode(1))
show(lambda: b"abc".decode("utf-8", 1))
show(lambda: b"abc".decode("nope"))
show(lambda: b"abc".decode("utf-8", "strict", 1))
show(lambda: b"abc".decode(foo=1))
show(lambda: b"\xff".decode("ascii", "nope"))
show(lambda: bytearray(b"\xe9").decode("ascii"))
# errors other than UnicodeError from codecs outside CPython's fast paths are wrapped
for enc in ("utf-8", "u8", "cp1252", "CP1252", "unicode-escape", "latin-1", "L1"):
    show(lambda: b"\x81\\x".decode(enc, "bogus"))
    show(lambda: b"\x81\\x".decode(enc, "xmlcharrefreplace"))
    show(lambda: "\u4e00".encode(enc, "bogus"))
show(lambda: b"".decode("no-such-codec"))
show(lambda: str(b"", "no-such-codec"))
show(lambda: "".encode("no-such-codec"))
# malformed \N escapes
for data in (b"\\N", b"\\Nx", b"\\N{", b"\\N{}", b"\\N{abc", b"a\\N{}b"):
    show(lambda: data.decode("unicode_escape"))
    show(lambda: data.decode("unicode_escape", "replace"))
