# Byte-exact dumps of str and bytes at versions 0, 1 and 2.
# At version <= 2 every str is 'u' + 4-byte length + its UTF-8 bytes, whether or not
# it is interned ('t' is only used from version 3 on, the short ASCII codes
# 'z'/'Z'/'a'/'A' only at version 4), and no FLAG_REF is ever written, so nothing
# here depends on reference counts or interning. (Lone surrogates: surrogates.py.)
# bytes and bytearray are both 's' + 4-byte length + raw bytes.
import marshal


def digest(b):
    # position-weighted checksum, enough to catch any misplaced byte
    total = 0
    for i, c in enumerate(b):
        total = (total * 131 + c + i) % 1000000007
    return total


def show(label, value):
    b2 = marshal.dumps(value, 2)
    same = marshal.dumps(value, 0) == b2 and marshal.dumps(value, 1) == b2
    back = marshal.loads(b2)
    ok = back == value and type(back) is (bytes if isinstance(value, (bytes, bytearray)) else str)
    if len(b2) <= 48:
        print(label, b2.hex(), same, ok)
    else:
        print(label, len(b2), b2[:12].hex(), b2[-6:].hex(), digest(b2), same, ok)


alphabets = [
    ("ascii", "abcdefghijklmnopqrstuvwxyz0123456789 _.-"),
    ("latin1", "\xe9\xe8\xff\xa0\x80\x00a"),
    ("bmp", "\u0100\u20ac\u4e2d\uffff\u0800x"),
    ("astral", "\U0001f600\U00010000\U0010ffffa"),
]
for name, alphabet in alphabets:
    for n in range(0, 301):
        if n > 40 and n % 7 != 0 and n not in (255, 256, 257, 299, 300):
            continue
        s = "".join(alphabet[(i * 11 + n) % len(alphabet)] for i in range(n))
        show("%s %d" % (name, n), s)

for s in ["", "a", "A", "_", "abc", "a b", "hello world", "if", "None", "x" * 255, "x" * 256,
          "\x00", "\x7f", "\x80", "\u00ff", "\u0100", "\U0001f600", "caf\xe9", "na\u00efve \u2603", "tab\there", "new\nline"]:
    show(repr(s)[:30], s)

for n in (0, 1, 2, 3, 100, 255, 256, 1000):
    b = bytes((i * 37 + 11) % 256 for i in range(n))
    show("bytes %d" % n, b)
    show("bytearray %d" % n, bytearray(b))
show("bytes all", bytes(range(256)))
