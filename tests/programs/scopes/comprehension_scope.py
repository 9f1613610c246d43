# Comprehensions have their own scope; loop variables do not leak
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
gen = (x for x in "ab")
print(list(gen), x)
print({x: x for x in range(2)}, {x for x in range(2)}, x)
y = 10
print([y * i for i in range(3)])
def f():
    k = 5
    return [k + i for i in range(3)]
print(f())
print([[i * j for j in range(3)] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
i = "untouched"
for_result = [i for i in range(5) if i % 2]
print(for_result, i)
print([(lambda: n)() for n in range(3)])
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
