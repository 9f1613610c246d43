# with statements, multiple items, exception suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as x:
    print("inside", x)
with CM("a") as x, CM("b") as y:
    print("inside both", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("outer"), CM("inner"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Partial:
    def __enter__(self):
        return self
try:
    with Partial():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
