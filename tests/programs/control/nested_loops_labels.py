# Breaking out of nested loops via flags, exceptions, functions, for-else
class Found(Exception):
    pass
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
try:
    for r in grid:
        for v in r:
            if v == 5:
                raise Found(v)
except Found as f:
    print("found via exception", f.args[0])
for r in grid:
    for v in r:
        if v == 6:
            break
    else:
        continue
    print("broke out of both at row", r)
    break
count = 0
for i in range(4):
    for j in range(4):
        if (i + j) % 2:
            continue
        count += 1
print("even cells", count)
result = [(i, j) for i in range(3) for j in range(3) if i != j and i + j == 2]
print(result)
n = 0
while n < 3:
    m = 0
    while m < 3:
        if m == n:
            break
        m += 1
    print("n", n, "m", m)
    n += 1
