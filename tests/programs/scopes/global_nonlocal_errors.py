# global/nonlocal declarations in nested functions
a = 0
def outer():
    a = 1
    def inner_global():
        global a
        a = 99
    def inner_nonlocal():
        nonlocal a
        a = 2
    inner_global()
    print("after inner_global: enclosing a =", a)
    inner_nonlocal()
    print("after inner_nonlocal: enclosing a =", a)
outer()
print("module a =", a)
def gen_global():
    global brand_new
    brand_new = 7
gen_global()
print(brand_new)
src = "def f():\n    x = 1\n    def g():\n        nonlocal y\n    return g\n"
try:
    exec(src)
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def f(x):\n    global x\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("x = 1\nglobal x\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
