# Comprehension scoping details
x = 10
print([x for _ in range(2)], [x for x in range(2)], x)
def f():
    y = 5
    return [y * i for i in range(3)], {i: y for i in range(2)}, {y + i for i in range(2)}
print(f())
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    limit = 2
    try:
        filtered = [v for v in values if v > limit]
    except NameError as e:
        filtered = f"NameError: {e}"
print(C.doubled, C.filtered)
print([[j for j in range(i)] for i in range(4)])
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
print([(lambda i=i: i)() for i in range(3)])
total = 0
res = [total := total + v for v in range(5)]
print(res, total)
print(list(zip(*[(i, i * i) for i in range(4)])))
