# Closures bind variables, not values
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 100
    return fs
print([f() for f in make()])
def make_adders():
    return [(lambda n: lambda x: x + n)(n) for n in range(3)]
print([a(10) for a in make_adders()])
x = "global"
def show():
    return x
x = "rebound"
print(show())
