# for loops with else, break, continue, nested loops
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("not printed")
for i in []:
    print("never")
else:
    print("empty loop else")
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, val in enumerate(row):
            if val == target:
                return (r, c)
    return None
print(find([[1, 2], [3, 4]], 3), find([[1]], 9))
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for x in "ab":
    for y in "12":
        if y == "2":
            continue
        print(x + y, end=" ")
print()
total = 0
for i in range(10):
    total += i
print(total, i)
for i in range(3):
    pass
print("after loop i =", i)
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(99)
    if len(items) > 5:
        break
print(items)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c, end=" ")
print()
d = {}
for d["key"] in range(3):
    pass
print(d)
