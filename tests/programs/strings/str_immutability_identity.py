# Strings are immutable; operations return new strings
s = "abc"
t = s
s += "d"
print(s, t, s is t)
u = s.upper()
print(s, u)
print(s.replace("a", "z"), s)
chars = list(s)
chars[0] = "Z"
print("".join(chars), s)
print(str.upper("x"), str.join(",", ["a", "b"]), str.__name__)
print(type("a") is str, isinstance("a", str), issubclass(str, object))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m, m.shout(), type(m).__name__, type(m + "x").__name__, repr(m), m == "hey", len(m))
print(str(m) == m, type(str(m)).__name__)
