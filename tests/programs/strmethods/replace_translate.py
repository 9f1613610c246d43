# replace, translate, maketrans, expandtabs
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "x".replace("x", "xx"))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("ab", "12", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 67})
print("abcd".translate(t3))
print("hello".translate({ord("l"): "L"}), "hi".translate({}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(type(e).__name__, e)
print("a\tb\tc".expandtabs(), "a\tbc\tdef".expandtabs(4), "12345\t6".expandtabs(4), repr("\t".expandtabs(0)))
