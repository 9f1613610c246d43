# Every binary arithmetic dunder
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v})"
    def __add__(self, o): return V(("add", self.v, o))
    def __sub__(self, o): return V(("sub", self.v, o))
    def __mul__(self, o): return V(("mul", self.v, o))
    def __matmul__(self, o): return V(("matmul", self.v, o))
    def __truediv__(self, o): return V(("truediv", self.v, o))
    def __floordiv__(self, o): return V(("floordiv", self.v, o))
    def __mod__(self, o): return V(("mod", self.v, o))
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __pow__(self, o, mod=None): return V(("pow", self.v, o, mod))
    def __lshift__(self, o): return V(("lshift", self.v, o))
    def __rshift__(self, o): return V(("rshift", self.v, o))
    def __and__(self, o): return V(("and", self.v, o))
    def __or__(self, o): return V(("or", self.v, o))
    def __xor__(self, o): return V(("xor", self.v, o))
x = V(1)
print(x + 2); print(x - 2); print(x * 2); print(x @ 2); print(x / 2); print(x // 2)
print(x % 2); print(divmod(x, 2)); print(x ** 2); print(pow(x, 2, 5)); print(x << 2)
print(x >> 2); print(x & 2); print(x | 2); print(x ^ 2)
