# super() with and without arguments, in classmethods and __init__ chains
class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]
    @classmethod
    def create(cls):
        return f"A.create for {cls.__name__}"
    def m(self):
        return "A.m"
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")
    @classmethod
    def create(cls):
        return "B+" + super().create()
    def m(self):
        return "B.m>" + super(B, self).m()
class C(B):
    def m(self):
        return "C.m>" + super().m()
    def skip(self):
        return super(B, self).m()
c = C()
print(c.trail, c.m(), c.skip(), C.create())
s = super(C, c)
print(type(s).__name__, s.m())
def outside():
    try:
        super().m()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
class WithLambdaSuper(A):
    def m(self):
        inner = lambda: super(WithLambdaSuper, self).m()
        return "lambda " + inner()
print(WithLambdaSuper().m())
class Coop1:
    def __init__(self, **kw):
        print("Coop1", sorted(kw))
        super().__init__(**kw)
class Coop2:
    def __init__(self, x=None, **kw):
        print("Coop2 x =", x)
        super().__init__(**kw)
class Both(Coop1, Coop2):
    pass
Both(x=5)
