# Exceptions raised in generators and class bodies, caught by the caller
def gen():
    yield 1
    raise ValueError("from generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print("generator is finished after raising")
def gen_catches():
    try:
        yield "first"
    except KeyError as e:
        print("generator caught", repr(e))
    yield "after"
gc = gen_catches()
print(next(gc), gc.throw(KeyError("thrown in")))
try:
    class Broken:
        a = 1
        b = a / 0
except ZeroDivisionError as e:
    print("class body raised", type(e).__name__, e)
try:
    Broken
except NameError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        if "forbidden" in ns:
            raise TypeError(f"class {name} may not define 'forbidden'")
        return super().__new__(mcls, name, bases, ns)
try:
    class Bad(metaclass=Meta):
        forbidden = True
except TypeError as e:
    print(type(e).__name__, e)
class Fine(metaclass=Meta):
    allowed = True
print(Fine.allowed)
def gen_in_comprehension():
    return [x for x in (1 / n for n in (1, 2, 0))]
try:
    gen_in_comprehension()
except ZeroDivisionError as e:
    print("comprehension over generator:", e)
