# yield from: delegation, return values, send/throw passthrough
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer received return:", result)
    yield "outer-final"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("exhausted")
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], 5], [[6]]])))
def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("sub caught", repr(e))
        yield "recovered"
def deleg():
    yield from sub()
    yield "after sub"
d = deleg()
print(next(d), d.throw(KeyError("k")), next(d))
def closer():
    try:
        yield 1
    finally:
        print("sub finally on close")
def deleg2():
    yield from closer()
d2 = deleg2()
next(d2)
d2.close()
def ret_only():
    return 5
    yield
def get_ret():
    v = yield from ret_only()
    yield v
print(list(get_ret()))
