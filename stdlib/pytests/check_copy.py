import copy
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
from checkutil import show

l = [1, [2, 3], {'a': [4]}]
c = copy.copy(l); d = copy.deepcopy(l)
print(c == l, c is l, c[1] is l[1], d[1] is l[1], d[2]['a'] is l[2]['a'], d)
t = (1, 2, [3]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t)[2] is t[2])
t2 = (1, 'a', None); print(copy.deepcopy(t2) is t2)
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])))
print(copy.copy(5), copy.copy('x'), copy.deepcopy(None), copy.copy(int) is int, copy.deepcopy(len) is len)
rec = [1]; rec.append(rec); r2 = copy.deepcopy(rec); print(r2[1] is r2, r2 is not rec)
rd = {}; rd['self'] = rd; print(copy.deepcopy(rd)['self'] is not rd)
shared = [0]; both = [shared, shared]; b2 = copy.deepcopy(both); print(b2[0] is b2[1], b2[0] is not shared)


class Plain:
    def __init__(self, v):
        self.v = v
        self.items = [v]

    def __repr__(self):
        return 'Plain(%r, %r)' % (self.v, self.items)


p = Plain(1); p2 = copy.copy(p); p3 = copy.deepcopy(p)
print(p2, p3, p2.items is p.items, p3.items is p.items, type(p3).__name__)


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        return 'shallow!'

    def __deepcopy__(self, memo):
        return 'deep! %s' % type(memo).__name__


print(copy.copy(Custom()), copy.deepcopy(Custom()))


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s1 = Slots(); s2 = copy.copy(s1); s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a == s1.a, s3.a is s1.a, hasattr(s3, 'b'))


class WithState:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {'x': self.x * 10}

    def __setstate__(self, state):
        self.restored = state


w = copy.copy(WithState()); print(w.restored, hasattr(w, 'x'))


class NeedsArgs:
    def __new__(cls, a):
        self = object.__new__(cls)
        self.a = a
        return self

    def __getnewargs__(self):
        return (self.a,)


na = copy.deepcopy(NeedsArgs([5])); print(na.a)


class LSub(list):
    pass


ls = LSub([1, [2]]); ls.attr = 'x'
lc = copy.copy(ls); ld = copy.deepcopy(ls)
print(type(lc).__name__, lc, lc.attr, lc[1] is ls[1], ld[1] is ls[1], ld.attr)


class DSub(dict):
    pass


dsub = DSub(a=[1]); dc = copy.deepcopy(dsub); print(type(dc).__name__, dc, dc['a'] is dsub['a'])
P = namedtuple('P', 'x y')
pp = P(1, [2]); print(copy.copy(pp), copy.deepcopy(pp), copy.deepcopy(pp).y is pp.y, copy.copy(pp) is pp)
od = OrderedDict(a=[1]); print(copy.deepcopy(od), copy.copy(od))
dd = defaultdict(list, a=[1]); dd2 = copy.deepcopy(dd); print(dd2, dd2['a'] is dd['a'], dd2.default_factory)
dq = deque([1, [2]], maxlen=5); print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[1] is dq[1])
print(copy.deepcopy(Counter('aab')))
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(memo[id(x)] is y[0])
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
def gen():
    yield 1
show('copy generator', copy.copy, gen())
show('deepcopy generator', copy.deepcopy, gen())
class M:
    def m(self):
        return self
inst = M(); bm = copy.deepcopy(inst.m); print(bm.__self__ is not inst, type(bm().__class__).__name__)
from functools import partial
pa = partial(max, [1], key=len); pa.attr = [1]
pc = copy.copy(pa); pd = copy.deepcopy(pa)
print(repr(pc), pc.attr is pa.attr, repr(pd), pd.args[0] is pa.args[0], pd.attr is pa.attr, pd.keywords)
dq = deque([[1], 2], maxlen=4); dq2 = copy.deepcopy(dq); print(dq2, dq2.maxlen, dq2[0] is dq[0])
cn = Counter(a=[1]) if False else Counter('abca'); print(copy.deepcopy(cn), copy.copy(cn) is cn)
od2 = OrderedDict(a=[1]); od2.x = 5; oc = copy.deepcopy(od2); print(oc, oc.x, oc['a'] is od2['a'])
class R:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (R, (self.v * 2,))
print(copy.copy(R(2)).v, copy.deepcopy(R([1])).v)
class S(str):
    pass
print(type(copy.deepcopy(S('x'))).__name__, copy.deepcopy(S('x')))
