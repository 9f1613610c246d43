# One call site seeing many classes: the attribute and method caches must give each class its
# own answer, and forget it when a class (or a base) changes or an instance shadows a method.

class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def describe(self):
        return f"{self.kind}:{self.n}:{self.label()}"

    def label(self):
        return "B"


class A(Base):
    kind = "a"

    def label(self):
        return "A"


class B(Base):
    def label(self):
        return "B2"


class C(A):
    kind = "c"


class D(Base):
    pass


class E(B):
    def label(self):
        return "E"


def run(objs):
    return [o.describe() for o in objs]


objs = [cls(i) for i, cls in enumerate([Base, A, B, C, D, E, A, E, C])]
for _ in range(3):
    print(run(objs))

# Change a base: every subclass that inherits the method sees the new one.
Base.label = lambda self: "patched"
print(run(objs))

# Change a middle class only.
A.label = lambda self: "A-patched"
print(run(objs))

# Shadow a method on one instance; the others keep the class's method.
objs[1].label = lambda: "instance"
print(run(objs))
del objs[1].label
print(run(objs))

# Instance attributes at different dict positions for the same name.
class P:
    pass

ps = []
for i in range(6):
    p = P()
    for j in range(i):
        setattr(p, f"pad{j}", j)
    p.value = i * 10
    ps.append(p)
print([p.value for p in ps] * 2)

# A class attribute turns into a property: the instance dict no longer decides.
class Q:
    pass

qs = [Q(), Q()]
qs[0].x = 1
qs[1].x = 2
print([q.x for q in qs])
Q.x = property(lambda self: "prop")
print([q.x for q in qs])
del Q.x
print([q.x for q in qs])

# Stores through a polymorphic site.
def bump(o):
    o.count = getattr(o, "count", 0) + 1

class R1: pass
class R2: pass
class R3: pass
class R4: pass
class R5: pass

rs = [R1(), R2(), R3(), R4(), R5()]
for _ in range(4):
    for r in rs:
        bump(r)
print([r.count for r in rs])

class Slotted:
    __slots__ = ("count",)

s = Slotted()
bump(s)
bump(s)
print(s.count)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
