# count, format_map, str.isdigit, index on iterable conversions, etc.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Default(a=1)))
print("{x}".format_map({"x": 5}))
print("Ab".__mul__(3), "abc".__getitem__(1), "abc".__getitem__(slice(0, 2)))
print(str.lower("ABC"), str.split("a b"), "x".__eq__("x"), "x".__ne__("x"), "a".__lt__("b"))
print("hello world".title().swapcase(), "%s-%s" % tuple("ab"))
print("tab\tsep".expandtabs(2), "a,b;c".replace(";", ",").split(","))
print("CamelCaseString".lower().replace("case", "_case"), "snake_case_here".title().replace("_", ""))
print("".join(sorted("hello", reverse=True)), "x".isspace())
s = "mississippi"
print({c: s.count(c) for c in sorted(set(s))})
print(s.upper().lower() == s, s.capitalize()[0], s[::-1].find("ss"))
