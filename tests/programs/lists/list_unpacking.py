# Unpacking lists and starred expressions
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, *mid, y = range(5)
print(x, mid, y)
p, *q = [1]
print(p, q)
[m, n], o = [[1, 2], 3]
print(m, n, o)
(i, (j, k)), l = (1, (2, 3)), 4
print(i, j, k, l)
print([*range(3), *"ab", *[None]])
print((*[1, 2],), {*[1, 1, 2]}, {**{"a": 1}, **{"b": 2, "a": 3}})
def f(*args): return args
print(f(*[1, 2], *(3,), 4))
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
for bad in ([1, 2], [1, 2, 3, 4]):
    try:
        a, b, c = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 1
except TypeError as e:
    print(type(e).__name__, e)
a = b = c = []
a.append(1)
print(a, b, c)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
