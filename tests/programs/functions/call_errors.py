# TypeError messages for bad calls
def two(a, b):
    pass
def kw(*, key):
    pass
five, none, s = 5, None, "s"
class C:
    def m(self, x):
        pass
cases = [
    ("two()", lambda: two()),
    ("two(1)", lambda: two(1)),
    ("two(1,2,3)", lambda: two(1, 2, 3)),
    ("two(1, c=2)", lambda: two(1, c=2)),
    ("two(1, 2, a=1)", lambda: two(1, 2, a=1)),
    ("kw(1)", lambda: kw(1)),
    ("kw()", lambda: kw()),
    ("C().m()", lambda: C().m()),
    ("C().m(1, 2)", lambda: C().m(1, 2)),
    ("C.m(1)", lambda: C.m(1)),
    ("5()", lambda: five()),
    ("None()", lambda: none()),
    ("'s'()", lambda: s()),
    ("len()", lambda: len()),
    ("len(1)", lambda: len(1)),
    ("len(1, 2)", lambda: len(1, 2)),
    ("abs('x')", lambda: abs("x")),
    ("int(x=1)", lambda: int(x=1)),
    ("C(1)", lambda: C(1)),
    ("object(1)", lambda: object(1)),
]
for label, fn in cases:
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(label, "->", e)
