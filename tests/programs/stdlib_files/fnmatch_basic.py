# fnmatch: fnmatch, fnmatchcase, filter (wildcards, sets, ranges, odd corners)
import fnmatch

cases = [
    ("abc", "abc"), ("abc", "ab"), ("abc", "a?c"), ("ac", "a?c"), ("abc", "a*"),
    ("abc", "*c"), ("abc", "*"), ("", "*"), ("", ""), ("", "?"), ("abc", "***"),
    ("abc", "a*b*c"), ("abbbc", "a*b*c"), ("abcbd", "a*b*d"), ("abcbd", "a*b*c"),
    ("aaaaaaaaaaaaaaaaaaab", "*a*a*a*a*b"), ("aaaaaaaaaaaaaaaaaaaa", "*a*a*a*a*b"),
    ("a/b", "a*b"), ("a/b", "a?b"), ("a\nb", "a?b"), ("a\nb", "a*"), ("foo\n", "foo"),
    ("b", "[abc]"), ("d", "[abc]"), ("d", "[!abc]"), ("b", "[!abc]"),
    ("m", "[a-z]"), ("M", "[a-z]"), ("-", "[a-z]"), ("5", "[0-9a-f]"), ("g", "[0-9a-f]"),
    ("]", "[]]"), ("]", "[!]]"), ("x", "[!]]"), ("[", "["), ("[a", "[a"), ("[]", "[]"),
    ("a", "[]a]"), ("]", "[]a]"), ("-", "[-a]"), ("-", "[a-]"), ("-", "[!-a]"),
    ("b", "[z-a]"), ("b", "[!z-a]"), ("z", "[z-a]"), ("c", "[a-c-e]"), ("-", "[a-c-e]"),
    ("d", "[a-c-e]"), ("e", "[a-c-e]"), ("\\", "[\\]"), ("\\", "\\"), ("a", "\\a"),
    ("*", "[*]"), ("x", "[*]"), ("?", "[?]"), ("!", "[!]"), ("[!]", "[!]"), ("^", "[^a]"),
    ("b", "[^a]"), ("&", "[&&]"), ("~", "[a~]"), ("|", "[|]"), ("é", "?"), ("é", "[à-ü]"),
    ("file.py", "*.py"), ("file.pyc", "*.py"), (".hidden", "*"), ("x.tar.gz", "*.t?r.*"),
    ("ab", "[a-b][a-b]"), ("ba", "[!a][!b]"), ("Makefile", "[Mm]akefile"),
]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatchcase(name, pat), fnmatch.fnmatch(name, pat))

print(fnmatch.fnmatch("Foo.PY", "*.py"), fnmatch.fnmatchcase("Foo.PY", "*.PY"))
names = ["a.py", "b.txt", "c.py", "readme", "setup.py", "x.PY", ".py"]
print(fnmatch.filter(names, "*.py"))
print(fnmatch.filter(names, "?.*"))
print(fnmatch.filter(names, "[!a-c]*"))
print(fnmatch.filter(iter(names), "*"))
print(fnmatch.filter([], "*"))
print(fnmatch.fnmatchcase(b"abc.py", b"*.py"), fnmatch.fnmatch(b"x", b"[a-z]"),
      fnmatch.filter([b"a.c", b"b.h"], b"*.c"), fnmatch.fnmatchcase(b"\xe9", b"?"))
for name, pat in [(b"a", "a"), ("a", b"a")]:
    try:
        fnmatch.fnmatchcase(name, pat)
    except TypeError as e:
        print("TypeError:", e)
print([n for n in ("filter", "fnmatch", "fnmatchcase") if n in fnmatch.__all__])
