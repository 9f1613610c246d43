# split, rsplit, join
s = "  a  b c   d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a,b,,c".split(",", -1))
print("".split(), "".split(","), "   ".split(), " ".split(" "))
print("a::b::c".split("::"), "abc".split("abc"), "aaa".split("a"))
print("one\ttwo\nthree\x0bfour\x0cfive\rsix".split())
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print(",".join(["x", "y", "z"]), "".join([]), "-".join("abc"), ", ".join(map(str, [1, 2])))
print(" ".join(("tuple", "items")), "|".join({"k": 1}), "".join(x for x in "gen"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("x".join(["only"]), "ab".join(["1", "2", "3"]))
