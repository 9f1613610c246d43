# strip, lstrip, rstrip, removeprefix, removesuffix
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("yx"))
print(repr("".strip()), repr("   ".strip()), "abc".strip(""), "abcba".strip("ab"))
print("www.example.com".strip("cmowz."), "\u00a0 nbsp \u2003".strip())
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"))
print("file.txt".removesuffix(".txt"), "file.txt".removesuffix(".py"), "aaa".removeprefix("a"))
print(repr("\r\n line \r\n".strip("\r\n")))
try:
    "x".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
