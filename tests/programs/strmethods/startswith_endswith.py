# startswith / endswith with tuples and ranges
s = "hello.py"
print(s.startswith("he"), s.startswith("lo"), s.endswith(".py"), s.endswith((".c", ".py")))
print(s.startswith(("x", "y")), s.startswith("llo", 2), s.startswith("he", 0, 1), s.endswith("o", 0, 5))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".endswith("a"))
print(s.endswith("py", -2), s.startswith("py", -2), s.startswith("hello.py.", 0))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
