# Randomised comparisons; the inputs come from random, which must itself
# match CPython for both runs to see the same data.
import random
import textwrap
import heapq
import bisect
import itertools
from collections import Counter, deque, OrderedDict

random.seed(2024)
alphabet = ['a', 'b', 'Z', '-', '-', ' ', ' ', '\t', '\n', '.', '!', '"', "'", '1', 'é', '_', ',', '?', '\xa0']
for _ in range(400):
    text = ''.join(random.choice(alphabet) for _ in range(random.randrange(0, 40)))
    w = textwrap.TextWrapper(width=random.randint(1, 12),
                             break_on_hyphens=random.random() < 0.8,
                             drop_whitespace=random.random() < 0.7,
                             fix_sentence_endings=random.random() < 0.3,
                             max_lines=random.choice([None, None, 1, 2, 3]),
                             placeholder=random.choice([' [...]', '.', '~~']))
    print(repr(text), w._split(text))
    try:
        print(w.wrap(text))
    except ValueError as e:
        print('ValueError', e)
    print(repr(textwrap.dedent(text.replace('-', ' '))))

for _ in range(200):
    data = [random.randrange(50) for _ in range(random.randrange(0, 30))]
    h = []
    for x in data:
        if random.random() < 0.3 and h:
            heapq.heappop(h)
        elif random.random() < 0.2 and h:
            heapq.heapreplace(h, x)
        elif random.random() < 0.2:
            heapq.heappushpop(h, x)
        else:
            heapq.heappush(h, x)
    h2 = list(data); heapq.heapify(h2)
    print(h, h2, heapq.nlargest(3, data), heapq.nsmallest(4, data, key=lambda v: -v))
    s = sorted(data)
    x = random.randrange(50)
    print(bisect.bisect_left(s, x), bisect.bisect_right(s, x, 1), bisect.bisect_left(s, x, 0, len(s) // 2))
    print(list(heapq.merge(sorted(data[:5]), sorted(data[5:10]), sorted(data[10:]))))
    c1 = Counter(data[:10]); c2 = Counter(data[10:])
    print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, c1.most_common(3))
    d = deque(data[:8], maxlen=random.choice([None, 3, 8]))
    d.rotate(random.randrange(-10, 10)); d.extendleft(data[8:12]); print(d)
    it = list(itertools.islice(itertools.permutations(data[:5], random.randrange(0, 4)), 20))
    print(it, list(itertools.combinations(data[:6], 2))[:10])
    od = OrderedDict.fromkeys(data[:10])
    for k in data[10:15]:
        if k in od:
            od.move_to_end(k, last=random.random() < 0.5)
    print(od)
