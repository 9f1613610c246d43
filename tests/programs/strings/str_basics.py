# Basic str operations
s = "Hello, World"
print(len(s), s[0], s[-1], s[7:], s[:5], s[::-1], s[::2])
print(s + "!", s * 2, 3 * "ab", "" * 5, "x" * -1)
print("World" in s, "world" in s, "" in s, "lo, W" in s, "z" not in s)
print(s == "Hello, World", s < "Help", "a" < "B", "abc" < "abd", "ab" < "abc")
print(min("hello"), max("hello"), sorted("hello"), list("abc"), tuple("ab"))
print(str(123), str(1.5), str(None), str([1, "a"]), str(b"x"), str("s"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"))
print(ord("A"), chr(65), ord("€"), chr(8364), chr(0x1F600) == "\U0001F600")
for i, c in enumerate("abc"):
    print(i, c, end="; ")
print()
print("".join(reversed("stressed")), "abc".__len__(), "a".__add__("b"))
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
