import collections
import collections.abc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Callable, Collection,
                             Hashable, Sequence, MutableSequence, Set, MutableSet, Mapping,
                             MutableMapping, KeysView, ItemsView, ValuesView, Reversible, ByteString)
from checkutil import show

objs = [[], (), '', b'', bytearray(), {}, set(), frozenset(), range(3), iter([]), (x for x in ()),
        len, 5, 3.5, None, {}.keys(), {}.values(), {}.items(), collections.deque(), collections.OrderedDict(),
        collections.Counter(), collections.defaultdict(), collections.UserDict(), collections.UserList(),
        collections.ChainMap(), collections.UserString('s'), lambda: 0, object(), reversed([])]
abcs = [Iterable, Iterator, Generator, Sized, Container, Callable, Collection, Hashable, Sequence,
        MutableSequence, Set, MutableSet, Mapping, MutableMapping, KeysView, ItemsView, ValuesView,
        Reversible, ByteString]
for o in objs:
    print(type(o).__name__, ''.join('1' if isinstance(o, a) else '0' for a in abcs))
print(collections.abc.Mapping, collections.abc.Mapping.__module__, collections.abc is collections.abc)


class MyMap(Mapping):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()),
      m == {'a': 1, 'b': 2}, m.keys() & {'a'}, m.keys() | {'c'}, repr(m.keys())[:9])


class MySeq(MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


s = MySeq(); s.append(3); s.extend([1, 2]); s += [9]; s.reverse()
print(list(s), s.index(1), s.count(3), 2 in s, list(reversed(s)), s.pop(), s.remove(1), list(s))
show('abstract', Mapping)
show('incomplete', type('Bad', (Sequence,), {}))


class MySet(Set):
    def __init__(self, it=()):
        self._s = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)


a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]),
      a.isdisjoint([7]), a._hash() == frozenset([1, 2, 3]).__hash__())
print(issubclass(dict, MutableMapping), issubclass(list, Sequence), issubclass(str, MutableSequence),
      issubclass(MyMap, Collection), isinstance(MySeq(), Reversible))
