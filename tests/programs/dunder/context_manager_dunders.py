# __enter__/__exit__: return values, exception info, suppression, nesting
class Resource:
    opened = []
    def __init__(self, name): self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"closing {self.name}: {exc_type.__name__ if exc_type else 'clean'}")
        return isinstance(exc, KeyError)
with Resource("a") as a, Resource("b") as b:
    print("open:", Resource.opened)
print("after:", Resource.opened)
with Resource("c"):
    {}["missing"]
print("KeyError suppressed")
try:
    with Resource("d"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)
class Timer:
    def __enter__(self):
        self.entered = True
        return "enter value"
    def __exit__(self, *exc):
        print("exit args", exc)
        return False
with Timer() as v:
    print(v)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
