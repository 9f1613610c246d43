# hash (ints and tuples only), repr, ascii, str
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 5), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(True), hash(False), hash(1.0), hash(0.5), hash(-0.0), hash((1, 2)) == hash((1, 2)))
print(hash((1, 2)), hash(()), hash((1,)), hash(((1, 2), 3)))
print(hash(frozenset()) == hash(frozenset()), hash(1 + 0j) == hash(1))
print(repr(1), repr("a'b"), repr([1, "x"]), repr(1.5), repr(None), repr(b"\x00"), repr((1,)))
print(ascii("héllo"), ascii("日本"), ascii("\n"), ascii(["é"]), ascii(b"\xff"), ascii("abc"))
print(str(1), str("x"), str([1]), str(), str(b"ab"), str(1.0), str(True), str(object) if False else "")
print(repr(repr("x")), str(repr("x")), len(repr("a\nb")))
