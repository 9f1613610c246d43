# find, rfind, index, rindex, count, in
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 4))
print("aaaa".count("aa"), "".count(""), "abc".find("", 10), "abc".find("", 3))
print(s.find("a", -3), s.find("a", -100), s.count("a", -5, -1))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("q")
except ValueError as e:
    print(type(e).__name__, e)
print("bra" in s, "" in "", "abc".__contains__("b"))
