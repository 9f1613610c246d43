# Closures capturing variables, nonlocal
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
print(inc.__closure__ is not None, len(inc.__closure__), inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
def plain():
    return 1
print(plain.__closure__)
