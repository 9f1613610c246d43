# upper, lower, title, capitalize, swapcase, casefold
for s in ("hello world", "HELLO World", "they're bill's friends", "mIxEd CaSe 123", "a1b2 c3d4", "", "ß ǆ"):
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("hello".islower(), "Hello".islower(), "HELLO".isupper(), "123".isupper(), "A1".isupper())
print("Hello World".istitle(), "Hello world".istitle(), "".istitle(), "123".islower())
print("ÉCOLE".lower(), "école".upper(), "ﬀ".upper(), "ŉ".upper())
