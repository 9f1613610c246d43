# if / elif / else chains and truthiness
def classify(x):
    if x is None:
        return "none"
    elif isinstance(x, bool):
        return "bool"
    elif isinstance(x, int) and x < 0:
        return "negative int"
    elif isinstance(x, int):
        return "int"
    elif not x:
        return "falsy other"
    else:
        return "truthy other"
for v in (None, True, -3, 7, "", [], 0.0, "s", [0], {}):
    print(repr(v), classify(v))
for v in (0, 1, "", "a", [], [[]], (), (0,), {}, {0: 0}, set(), 0.0, -0.0, 0j, None, range(0), range(1)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3: print("one-line if")
if x < 3: pass
else: print("one-line else")
if x:
    if x > 10:
        print("big")
    else:
        print("small nested")
