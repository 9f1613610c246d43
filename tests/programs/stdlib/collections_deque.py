# collections.deque
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(5), d.index(5), 5 in d, list(reversed(d)))
d.remove(5); print(d)
d.insert(1, 99); print(d)
d.reverse(); print(d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(0); print(b)
d.clear(); print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print(type(e).__name__, e)
print(deque("abc") == deque("abc"), deque([1]) + deque([2]), deque([1, 2]) * 2)
q = deque()
for i in range(5):
    q.append(i)
    if len(q) > 2:
        q.popleft()
print(q, list(q))
