# Conditional expressions and walrus
def f(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([f(n) for n in (-2, 0, 3)])
print(1 if [] else 2, "a" if "x" else "b")
x = (lambda v: v * 2) if True else None
print(x(21))
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for v in data if (y := v * 2) > 10])
print(y)
total = 0
while (chunk := data[total:total + 2]):
    print("chunk", chunk)
    total += 2
print((z := 5), z + 1)
def g():
    return [(w := i) for i in range(3)], w
print(g())
