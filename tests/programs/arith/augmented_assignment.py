# Every augmented assignment operator
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x = 17
x //= 4; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)
s = "ab"; s += "cd"; s *= 2; print(s)
l = [1]; l2 = l; l += [2, 3]; print(l, l2, l is l2)
t = (1,); t2 = t; t += (2,); print(t, t2, t is t2)
l *= 2; print(l2)
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * 10 + o.v)
    def __repr__(self): return f"M({self.v})"
m = M(1); m @= M(2); print(m)
d = {"a": 1}; d["a"] += 10; d["b"] = d.get("b", 0) + 1; print(d)
class A: pass
a = A(); a.n = 1; a.n += 1; a.n *= 10; print(a.n)
lst = [1, 2, 3]; lst[1] **= 3; lst[-1] -= 10; print(lst)
f = 1.5; f //= 0.5; print(f)
try:
    y = None
    y += 1
except TypeError as e:
    print(type(e).__name__, e)
