# Every proper prefix of valid marshal data must raise EOFError, never return or crash.
# The message depends on where the data ends:
#   loads(): where a type code is expected: "EOF read where object expected";
#            where a 1-byte length is expected (after 'z', 'Z', ')', 'f', 'x'):
#            "EOF read where not expected"; inside a 4/8-byte field or the bytes of
#            a string: "marshal data too short".
#   load(file): where a type code is expected: "EOF read where object expected";
#            anywhere else: "EOF read where not expected".
# The data is written inline (recorded from CPython 3.11) for each type code.
import io
import marshal

SAMPLES = [
    ("i int", "69e8030000"),
    ("I int64", "490100000000000000"),
    ("l long", "6c03000000000000000200"),
    ("l negative long", "6cfdffffff010000000200"),
    ("g float", "670000000000000440"),
    ("f text float", "6603322e35"),
    ("y complex", "79000000000000f83f00000000000000c0"),
    ("x text complex", "7803312e3502" + "2d32"),
    ("s bytes", "730500000068656c6c6f"),
    ("u str", "7505000000636166c3a9"),
    ("t interned", "7403000000616263"),
    ("a ascii", "6103000000616263"),
    ("A ascii interned", "4103000000616263"),
    ("z short ascii", "7a03616263"),
    ("Z short ascii interned", "5a03616263"),
    (") small tuple", "2902e9010000004e"),
    ("( tuple", "28020000004e4e"),
    ("[ list", "5b020000004e54"),
    ("{ dict", "7bda016b4e30"),
    ("< set", "3c0200000069e803000069d0070000"),
    ("> frozenset", "3e01000000e905000000"),
    ("r ref", "5b02000000fa036120627200000000"),
    ("nested", "5b01000000290169e8030000"),
]

for label, text in SAMPLES:
    data = bytes.fromhex(text)
    print(label, repr(marshal.loads(data)))
    for n in range(len(data)):
        try:
            v = marshal.loads(data[:n])
            loads_msg = "loads returned " + repr(v)
        except Exception as e:
            loads_msg = type(e).__name__ + ": " + str(e)
        try:
            v = marshal.load(io.BytesIO(data[:n]))
            load_msg = "load returned " + repr(v)
        except Exception as e:
            load_msg = type(e).__name__ + ": " + str(e)
        print("  ", n, loads_msg, "|", load_msg)
