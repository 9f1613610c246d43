# __call__ makes instances callable
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), list(map(add5, [0, 10])))
class Memo:
    def __init__(self, fn): self.fn, self.cache = fn, {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def slow_square(x):
    print("computing", x)
    return x * x
print(slow_square(4), slow_square(4), len(slow_square.cache))
class Meta(type):
    def __call__(cls, *a):
        return f"intercepted construction of {cls.__name__}{a}"
class Weird(metaclass=Meta): pass
print(Weird(1, 2))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallAttr: pass
c = CallAttr()
c.__call__ = lambda: "instance attribute"
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)
