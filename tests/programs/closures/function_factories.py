# Function factories and partial application by closure
def power(exp):
    def f(base):
        return base ** exp
    f.__name__ = f"power_{exp}"
    return f
square, cube = power(2), power(3)
print(square(5), cube(2), square.__name__, cube.__qualname__)
def make_multiplier_list():
    return [lambda x, m=m: x * m for m in range(1, 4)]
print([f(10) for f in make_multiplier_list()])
def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper
@once
def init(v):
    print("initialising with", v)
    return v * 2
print(init(5), init(6), init(7))
def pipeline(*stages):
    def run(data):
        for s in stages:
            data = s(data)
        return data
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
