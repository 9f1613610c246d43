# pass, del of names/attributes/items, global statement
def nothing():
    pass
class Empty:
    pass
print(nothing(), Empty.__name__)
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3]
del lst[1], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
e = Empty()
e.attr = 5
del e.attr
print(hasattr(e, "attr"))
try:
    del e.attr
except AttributeError as err:
    print(type(err).__name__, err)
a, b = 1, 2
del (a, b)
print("a" in globals(), "b" in globals())
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
def del_local():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as err:
        return f"{type(err).__name__}: {err}"
print(del_local())
