# Closures in methods and class bodies
def make_class(tag):
    class Tagged:
        def describe(self):
            return f"tagged with {tag}"
        label = tag.upper()
    return Tagged
T = make_class("red")
print(T().describe(), T.label)
class Outer:
    value = 1
    def method(self):
        value = "local"
        def helper():
            return value
        return helper()
print(Outer().method())
class Scope:
    x = 10
    try:
        y = [x for _ in range(2)]
    except NameError as e:
        y = f"NameError: {e}"
print(Scope.y)
class Scope2:
    x = 10
    y = [i * 2 for i in range(x)][-1]
print(Scope2.y)
def factory():
    n = 0
    class C:
        def bump(self):
            nonlocal n
            n += 1
            return n
    return C
C = factory()
a, b = C(), C()
print(a.bump(), b.bump(), a.bump())
