# C3 linearization and diamond inheritance
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
class Base:
    def who(self): return ["Base"]
class Left(Base):
    def who(self): return ["Left"] + super().who()
class Right(Base):
    def who(self): return ["Right"] + super().who()
class Diamond(Left, Right):
    def who(self): return ["Diamond"] + super().who()
print(Diamond().who())
try:
    class X(A, B): pass
    class Y(B, A): pass
    class Bad(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Wrong(O, A): pass
except TypeError as e:
    print(type(e).__name__, e)
