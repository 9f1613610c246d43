# Unary operator dunders and numeric conversions
class N:
    def __init__(self, v): self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __abs__(self): return N(abs(self.v) * 10)
    def __int__(self): return int(self.v) + 1000
    def __float__(self): return float(self.v) + 0.5
    def __complex__(self): return complex(self.v, 1)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __repr__(self): return f"N({self.v})"
n = N(-3)
print(-n, +n, ~n, abs(n), int(n), float(n), complex(n))
print(round(n), round(n, 2), hex(N(255)), bin(N(5)), oct(N(8)), [10, 20, 30, 40][N(2)])
import math
print(math.trunc(n), math.floor(n), math.ceil(n), operator_index := N(7).__index__())
print(range(10)[N(3)], "abcdef"[N(1):N(4)], (N(2)).__index__() * 2)
class Nothing: pass
for op, f in [("neg", lambda x: -x), ("pos", lambda x: +x), ("inv", lambda x: ~x), ("abs", abs),
              ("int", int), ("float", float), ("index", lambda x: [1][x])]:
    try:
        f(Nothing())
    except TypeError as e:
        print(op, type(e).__name__, e)
