import collections
from collections import (deque, defaultdict, OrderedDict, Counter, namedtuple,
                         ChainMap, UserDict, UserList, UserString)
from checkutil import show

# ---- deque ----
d = deque([1, 2, 3])
print(d, repr(deque()), deque('ab', maxlen=3), deque([1], 3).maxlen, d.maxlen)
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, list(reversed(d)))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(100); print(d)
print(d.count(7), d.index(7), d.index(7, 1) if 7 in list(d)[1:] else None)
d.insert(2, 'x'); print(d)
d.insert(-1, 'y'); print(d)
d.insert(100, 'z'); print(d)
d.remove('x'); print(d)
d.reverse(); print(d)
d[0] = 'first'; del d[1]; print(d)
print(d == deque(d), d == list(d), d != deque(), deque([1, 2]) < deque([1, 3]))
print(d.copy(), d.copy() is d, type(d.copy()))
d.clear(); print(d, bool(d))
m = deque(range(5), maxlen=3)
print(m)
m.append(9); print(m)
m.appendleft(-1); print(m)
m.extend('abcd'); print(m)
m.extendleft([1, 2]); print(m)
z = deque([1, 2], maxlen=0); z.append(1); print(z)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([1]))
dd = deque([1, 2], maxlen=3); dd *= 2; print(dd)
dd = deque([1]); dd += [5, 6]; print(dd)
rec = deque([1]); rec.append(rec); print(rec)
big = deque()
for i in range(1000):
    big.appendleft(i)
    big.append(-i)
for i in range(1500):
    big.popleft() if i % 3 else big.pop()
print(len(big), list(big)[:5], big[0], big[-1], sum(big))
e = deque(range(3))
show('mutate during iter', lambda: [e.append(1) for x in e])
for fn, label in [(lambda: deque([], 'a'), 'maxlen str'),
                  (lambda: deque([], -1), 'maxlen neg'),
                  (lambda: deque([1]).remove(2), 'remove'),
                  (lambda: deque([1]).index(2), 'index'),
                  (lambda: deque([1])['a'], 'getitem str'),
                  (lambda: deque([1])[1:], 'slice'),
                  (lambda: deque() + [1], 'add list'),
                  (lambda: deque().pop(), 'pop'),
                  (lambda: deque().popleft(), 'popleft'),
                  (lambda: deque([1], 1).insert(0, 1), 'insert full'),
                  (lambda: deque(1), 'noniter'),
                  (lambda: deque([1])[5], 'oob'),
                  ]:
    show(label, fn)
print(deque([1, 2, 3]).index(3, -1), deque('abc')[-3])

# ---- defaultdict ----
dl = defaultdict(list)
dl['a'].append(1); dl['b']; dl['a'].append(2)
print(dl, repr(defaultdict(None)), defaultdict(int, {'x': 1}, y=2))
print(dl.default_factory, isinstance(dl, dict), dl.get('zz'), 'zz' in dl)
dn = defaultdict(None, a=1)
show('defaultdict None missing', lambda: dn['q'])
show('defaultdict bad factory', defaultdict, 5)
c2 = dl.copy(); c2['c'].append(3); print(c2, type(c2).__name__, dl)
print(defaultdict(int, a=1) | {'b': 2})
di = defaultdict(int)
for ch in 'hello':
    di[ch] += 1
print(di, sorted(di.items()))

class DD(defaultdict):
    pass
print(DD(int, a=1))

# ---- OrderedDict ----
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(od, repr(OrderedDict()), list(od))
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
show('move missing', od.move_to_end, 'zz')
show('popitem empty', OrderedDict().popitem)
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), dict(o2) == o1, o1 != o2)
print(OrderedDict.fromkeys('xy', 0), o1.copy(), o1 | {'z': 0})
print(list(reversed(o1)), o1.setdefault('q', 5), o1, o1.pop('a'), o1)
rec = OrderedDict(a=1); rec['self'] = rec; print(rec)

# ---- Counter ----
c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c['z'], c.total())
print(sorted(c.elements()), repr(Counter()))
c.update('aaz'); c.update({'b': 10}); print(c)
c.subtract('aaaa'); c.subtract(b=20); print(c)
print(+c, -c)
a = Counter(a=3, b=1, c=-2); b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
x = Counter(a=1); x += Counter(a=2, b=-1); print(x)
x -= Counter(a=5); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=1, b=2) >= Counter(a=1), Counter({'x': 2, 'y': 2, 'z': 3}))
print(Counter(cats=4, dogs=8), Counter([1, 2, 2, 3, 3, 3]).most_common(1))
del c['zzz']; del c['a']; print(c)
show('Counter fromkeys', Counter.fromkeys, 'ab')
print(Counter({'a': 'x', 'b': 1}) if False else Counter({1: 2.5, 2: 1}))
cc = Counter(a=2); print(cc.copy(), type(cc.copy()).__name__)

# ---- namedtuple ----
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(Point.__doc__, Point.x.__doc__, Point._field_defaults, Point.__name__)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), len(p))
x, y = p; print(x, y, p + (3,), tuple(p))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(5), P3(5, 6), P3._field_defaults, P3.__new__.__doc__)
R = namedtuple('R', 'abc def ghi abc _x', rename=True)
print(R._fields)
print(namedtuple('E', '')(), namedtuple('C', 'a, b')(1, 2))
for args, kw, label in [((1, 2, 3), {}, 'too many'), ((1,), {}, 'missing'),
                        ((), {}, 'missing2'), ((1,), {'x': 1}, 'multiple'),
                        ((1, 2), {'q': 1}, 'unexpected')]:
    show('Point' + label, Point, *args, **kw)
show('P3 too many', P3, 1, 2, 3, 4)
show('P3 missing', P3)
show('make wrong', Point._make, [1])
show('replace bad', p._replace, z=1)
for args, kw, label in [(('1x', 'a'), {}, 'bad type'),
                        (('P', 'a class'), {}, 'keyword'),
                        (('P', 'a _b'), {}, 'underscore'),
                        (('P', 'a a'), {}, 'dup'),
                        (('P', 'a'), {'defaults': [1, 2]}, 'defaults'),
                        (('P', ['a', 1]), {}, 'int field'),
                        (('P', 'a-b'), {}, 'invalid')]:
    show('namedtuple ' + label, namedtuple, *args, **kw)
print(Point.__match_args__, p.__getnewargs__())
class Sub(Point):
    def norm(self):
        return self.x + self.y
print(Sub(1, 2), Sub(1, 2).norm())

# ---- ChainMap ----
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), list(cm), 'b' in cm, cm.get('z', 0))
cm['c'] = 4; print(cm.maps)
show('del missing', cm.__delitem__, 'b')
ch = cm.new_child(); ch['a'] = 100; print(ch, ch.parents, ch['a'])
print(dict(cm), list(cm.items()), list(cm.keys()), list(cm.values()))
show('ChainMap missing', lambda: cm['zz'])
print(cm.pop('c'), cm, bool(ChainMap()), ChainMap())

# ---- UserDict / UserList / UserString ----
ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), ud['a'], 'b' in ud, ud.get('z'), sorted(ud), ud.data)
print(ud == {'a': 1, 'b': 2, 'c': 3}, ud.pop('a'), ud, dict(ud.items()))
ud.update({'q': 0}); ud.setdefault('w', 9); print(ud, ud.copy(), type(ud.copy()).__name__)
show('UserDict missing', lambda: ud['nope'])
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'])
ul = UserList([3, 1, 2])
ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, len(ul), ul[0])
print(ul + [9], [9] + ul, ul * 2, ul == [0, 1, 2, 3], ul.index(2), ul.count(1))
ul.extend(UserList([7])); ul.reverse(); print(ul, ul.pop(), ul)
us = UserString('hello')
print(us, repr(us), us.upper(), type(us.upper()).__name__, us + '!', len(us), us[1:3])
print(us.split('l'), us.find('l'), us == 'hello', 'ell' in us, us.center(9, '*'))
print(sorted(collections.__all__))
