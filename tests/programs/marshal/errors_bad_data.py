# Malformed input to loads(): every failure must be an exception with CPython's type
# and message (EOFError, ValueError, TypeError, UnicodeDecodeError), never a crash,
# a hang or a huge allocation.
import marshal


def attempt(label, data):
    try:
        v = marshal.loads(data)
        print(label, "-> ok", repr(v)[:100])
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# every type byte, alone and followed by a few zero bytes (the code object type
# 'c' / 0xe3 is skipped: ferropy's code layout is its own)
for code in range(256):
    if code in (0x63, 0xE3):
        continue
    results = []
    for tail in (b"", b"\x00" * 9):
        try:
            v = marshal.loads(bytes([code]) + tail)
            results.append("ok " + repr(v)[:40])
        except Exception as e:
            results.append(type(e).__name__ + " " + str(e))
    print("%02x %r: %s | %s" % (code, chr(code) if 32 <= code < 127 else "", results[0], results[1]))

# NULL ('0') where an object is needed; inside a dict it ends the dict
attempt("NULL", b"0")
attempt("NULL in list", b"[\x01\x00\x00\x000")
attempt("NULL in tuple", b"(\x01\x00\x00\x000")
attempt("NULL in small tuple", b")\x010")
attempt("NULL in set", b"<\x01\x00\x00\x000")
attempt("NULL in frozenset", b">\x01\x00\x00\x000")
attempt("NULL ends dict", b"{0")
attempt("NULL as dict value", b"{N0")
attempt("dict key without value", b"{N")
attempt("dict unterminated", b"{NN")

# references
attempt("ref with no refs", b"r\x00\x00\x00\x00")
attempt("ref -1", b"r\xff\xff\xff\xff")
attempt("ref huge", b"r\xff\xff\xff\x7f")
attempt("ref past end", b"[\x02\x00\x00\x00\xfa\x01ar\x01\x00\x00\x00")
attempt("ref ok", b"[\x02\x00\x00\x00\xfa\x01ar\x00\x00\x00\x00")
attempt("ref to flagged None", b"[\x02\x00\x00\x00\xcer\x00\x00\x00\x00")
attempt("ref to unfinished frozenset", b"\xbe\x01\x00\x00\x00r\x00\x00\x00\x00")
attempt("ref to unfinished set", b"\xbc\x01\x00\x00\x00r\x00\x00\x00\x00")
attempt("ref to unfinished list", b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00")
attempt("ref to unfinished dict as key", b"\xfbr\x00\x00\x00\x00N0")
attempt("ref to unfinished dict as value", b"\xfbNr\x00\x00\x00\x000")
attempt("ref truncated", b"[\x02\x00\x00\x00\xfa\x01ar\x00\x00")

# absurd and negative lengths: must not allocate. (CPython itself preallocates the
# item array of a tuple or list, which for a count of 0x7fffffff takes 16 GB and close
# to a minute, so for those two the large counts are 2**24 and 2**20; the expected
# results are the same for any count larger than the data.)
for code in b"sutaA<>l([":
    if code in b"([":
        fields = (b"\x00\x00\x00\x01", b"\x00\x00\x10\x00", b"\xff\xff\xff\xff", b"\x00\x00\x00\x80",
                  b"\xfe\xff\xff\xff")
    else:
        fields = (b"\xff\xff\xff\x7f", b"\x00\x00\x00\x40", b"\xff\xff\xff\xff", b"\x00\x00\x00\x80",
                  b"\xfe\xff\xff\xff")
    for field in fields:
        attempt("%c length %s" % (code, field.hex()), bytes([code]) + field + b"NN")
attempt(") count 255", b")\xff" + b"N" * 10)
attempt("z length 255", b"z\xff" + b"a" * 10)
attempt("f length 255", b"f\xff" + b"1" * 10)

# longs
attempt("long zero digits", b"l\x00\x00\x00\x00")
attempt("long top digit zero", b"l\x01\x00\x00\x00\x00\x00")
attempt("long top digit zero 2", b"l\x02\x00\x00\x00\x01\x00\x00\x00")
attempt("long digit 0x8000", b"l\x01\x00\x00\x00\x00\x80")
attempt("long digit 0xffff", b"l\x02\x00\x00\x00\xff\xff\x01\x00")
attempt("long digit 0x7fff", b"l\x01\x00\x00\x00\xff\x7f")
attempt("long -2 digits", b"l\xfe\xff\xff\xff\x01\x00\x01\x00")

# text floats
for text in (b"abc", b"", b" 1.5", b"1.5 ", b"1_0", b"0x10", b"inf", b"-inf", b"nan", b"-nan",
             b"infinity", b"1e999", b"-1e999", b"1e-999", b".5", b"5.", b"+3"):
    attempt("f %r" % text, b"f" + bytes([len(text)]) + text)
    attempt("x %r" % text, b"x\x010" + bytes([len(text)]) + text)

# str decoding
attempt("u invalid start byte", b"u\x01\x00\x00\x00\xff")
attempt("u truncated sequence", b"u\x01\x00\x00\x00\xc3")
attempt("u overlong", b"u\x02\x00\x00\x00\xc0\x80")
attempt("t invalid", b"t\x02\x00\x00\x00a\xfe")
attempt("u bad continuation", b"u\x03\x00\x00\x00\xe2\x28\xa1")
attempt("u too big code point", b"u\x04\x00\x00\x00\xf4\x90\x80\x80")
attempt("z high bytes are latin-1", b"z\x03\x80\xe9\xff")
attempt("a high bytes are latin-1", b"a\x02\x00\x00\x00\xc3\xa9")

# unhashable keys and set elements
attempt("list in set", b"<\x01\x00\x00\x00[\x00\x00\x00\x00")
attempt("dict in frozenset", b">\x01\x00\x00\x00{0")
attempt("set in set", b"<\x01\x00\x00\x00<\x00\x00\x00\x00")
attempt("list as dict key", b"{[\x00\x00\x00\x00N0")
attempt("tuple with list as dict key", b"{)\x01[\x00\x00\x00\x00N0")
attempt("frozenset as dict key", b"{>\x00\x00\x00\x00N0")

# nesting depth: at most 2000 nested objects (ValueError beyond)
for depth in (1999, 2000, 2001, 3000):
    for name, head in (("list", b"[\x01\x00\x00\x00"), ("tuple", b")\x01"), ("frozenset", b">\x01\x00\x00\x00"),
                       ("dict", b"{N")):
        try:
            v = marshal.loads(head * depth + b"N" + (b"0" * depth if name == "dict" else b""))
            n = 0
            while v is not None:
                n += 1
                if type(v) is dict:
                    v = v[None]
                else:
                    v = next(iter(v))
            print(name, depth, "ok, levels:", n)
        except Exception as e:
            print(name, depth, type(e).__name__, e)
