import heapq, bisect
from checkutil import show

data = [5, 3, 9, 1, 7, 3, 8, 2, 6, 0, 4, 11, 3]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
h2 = list(data); heapq.heapify(h2); print(h2)
print([heapq.heappop(h) for _ in range(len(h))])
h = list(data); heapq.heapify(h)
print(heapq.heapreplace(h, 10), h, heapq.heappushpop(h, -1), heapq.heappushpop(h, 5), h)
seq = [(i * 7919) % 101 for i in range(200)]
h = []
for i, x in enumerate(seq):
    if i % 3 == 2:
        heapq.heappop(h)
    heapq.heappush(h, (x, i))
print(h[:20], len(h))
show('pop empty', heapq.heappop, [])
show('replace empty', heapq.heapreplace, [], 1)
show('push tuple', heapq.heappush, (), 1)
show('heapify tuple', heapq.heapify, ())
show('pop tuple', heapq.heappop, ())
show('pushpop tuple', heapq.heappushpop, (), 1)
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(0, data),
      heapq.nsmallest(20, data), heapq.nlargest(1, data), heapq.nsmallest(1, []))
words = ['bb', 'a', 'cc', 'd', 'eee', 'ff']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(['a', 'bb'], ['c', 'dd', 'eee'], key=len)))
print(list(heapq.merge(['dd', 'c'], ['bb', 'a'], key=len, reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1])))

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x),
          bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 0, 3))
print(bisect.bisect_left([], 1), bisect.bisect_right(a, 2, hi=None))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4.0); bisect.insort_right(b, 4.0); print(b)
r = list(recs); bisect.insort(r, ('z', 2), key=lambda t: t[1]); print(r)
bisect.insort_left(r, ('y', 3), key=lambda t: t[1]); print(r)
show('lo neg', bisect.bisect_left, a, 1, -1)
show('insort lo neg', bisect.insort, a, 1, -1)
