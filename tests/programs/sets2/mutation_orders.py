# Removals leave dummy slots, pop() walks from a moving finger, resizes re-insert in slot order:
# all of it shows in the printed order.

s = set(range(40))
while len(s) > 5:
    s.pop()
print(s)
s = set(range(0, 64, 4))
print([s.pop() for _ in range(5)], s)
s.update(range(100, 130))
print(s)
s.add(1)
s.add(2)
print(s.pop(), s.pop(), s.pop(), s)

s = set(range(50))
for i in range(0, 50, 2):
    s.discard(i)
print(s)
s.add(100)
s.add(64)
print(s)
for i in range(1, 50, 4):
    s.remove(i)
print(s, len(s))

# a dummy slot is reused by the next colliding add
s = set([1, 9, 17])
s.discard(9)
s.add(25)
print(s)
s = set([1, 9, 17])
s.discard(1)
s.add(33)
s.add(1)
print(s)

# delete-and-add churn keeps fill growing until a resize cleans it
s = set()
for i in range(1, 200, 11):
    s.add(i)
    s.discard(i - 11)
print(s)
s = set(range(8))
for i in range(8, 40):
    s.discard(i - 8)
    s.add(i)
    if i % 8 == 0:
        print(s)
print(s)

# pop order after growth and after clear
s = set(range(0, 320, 10))
print([s.pop() for _ in range(8)])
s.clear()
s.update([5, 3, 1])
print(s, s.pop(), s)
t = set([17, 1, 33, 49, 2])
out = []
while t:
    out.append(t.pop())
print(out)

# difference_update purges dummies when they are more than a quarter of the table
s = set(range(64))
s.difference_update(range(0, 64, 2))
print(s)
s.add(200)
s.add(128)
print(s)

# mutation while iterating
ss = set([1, 2, 3])
try:
    for x in ss:
        ss.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(ss)
ss = set(range(10))
try:
    for x in ss:
        ss.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(ss)
ss = set([1, 2, 3])
for x in ss:
    ss.discard(x)
    ss.add(x + 100)
print(ss)
it = iter(set([4, 5, 6]))
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
s = set([1, 2])
it = iter(s)
s.add(3)
try:
    next(it)
except RuntimeError as e:
    print("again:", e)
try:
    next(it)
except RuntimeError as e:
    print("still:", e)
print(list(iter(frozenset([30, 20, 10]))))
