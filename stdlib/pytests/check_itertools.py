from itertools import *
from checkutil import show

L = list
print(L(islice(count(), 5)), L(islice(count(10, 3), 4)), L(islice(count(1.5, 0.5), 3)))
c = count(5); next(c); print(c, repr(count(2, 1.0)), repr(count(0, -1)), count(), count(3, 2))
print(L(islice(cycle('ab'), 5)), L(cycle([])))
print(L(repeat('x', 3)), repeat('a'), repeat(1, -2), L(islice(repeat(7), 3)))
r = repeat(1, 3); next(r); print(r, r.__length_hint__())
print(L(accumulate([1, 2, 3, 4])), L(accumulate([1, 2, 3], lambda a, b: a * b)),
      L(accumulate([1, 2], initial=10)), L(accumulate([])), L(accumulate([], initial=0)))
print(L(chain('ab', [1, 2], ())), L(chain.from_iterable(['xy', 'z'])), L(chain()))
print(L(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), L(compress('AB', [1])))
print(L(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), L(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(L(filterfalse(lambda x: x % 2, range(8))), L(filterfalse(None, [0, 1, '', 'a'])))
print([(k, L(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([(k, L(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print([k for k, g in groupby('aabbbc')], L(groupby([])))
gb = groupby('aabb'); k1, g1 = next(gb); k2, g2 = next(gb); print(k1, L(g1), k2, L(g2))
gb = groupby('aaabbb'); k1, g1 = next(gb); print(next(g1)); k2, g2 = next(gb); print(k2, L(g2), L(g1))
print(L(islice('ABCDEFG', 2)), L(islice('ABCDEFG', 2, 4)), L(islice('ABCDEFG', 2, None)),
      L(islice('ABCDEFG', 0, None, 2)), L(islice('ABC', None)), L(islice('ABCDEFG', 1, 100, 3)),
      L(islice(count(), 3, 10, 4)), L(islice('abc', None, None, None)))
src = iter(range(10)); L(islice(src, 2, 4)); print(next(src))
src = iter(range(10)); print(L(islice(src, 0)), next(src))
print(L(pairwise('ABCD')), L(pairwise('A')), L(pairwise([])))
print(L(starmap(pow, [(2, 5), (3, 2)])))
print(L(zip_longest('ABCD', 'xy', fillvalue='-')), L(zip_longest('ab', [1])), L(zip_longest()))
a, b = tee(iter([1, 2, 3]))
print(next(a), L(b), L(a))
a, b, c = tee('xyz', 3); print(L(a), L(b), L(c), tee('a', 0))
a, b = tee(range(3)); next(a); a2, = tee(a, 1); print(L(a2), L(a), L(b))
print(L(product('ab', range(2))), L(product([1, 2], repeat=2)), L(product()), L(product('ab', [])))
print(L(permutations(range(3))), L(permutations('ABCD', 2)), L(permutations('ab', 3)), L(permutations([], 0)))
print(L(combinations(range(4), 3)), L(combinations('ABCD', 2)), L(combinations('a', 2)), L(combinations('ab', 0)))
print(L(combinations_with_replacement('ABC', 2)), L(combinations_with_replacement('', 2)), L(combinations_with_replacement('', 0)))
print(len(L(permutations(range(6)))), len(L(combinations(range(10), 4))), len(L(product(range(3), repeat=4))))
print(L(permutations(range(5), 3)) == sorted(L(permutations(range(5), 3))))
for label, fn in [
        ('islice neg', lambda: islice('abc', -1)), ('islice stop -1', lambda: islice('abc', 1, -1)),
        ('islice stop -2', lambda: islice('abc', 1, -2)), ('islice start neg', lambda: islice('abc', -1, 2)),
        ('islice str', lambda: islice('abc', 'a')), ('islice step 0', lambda: islice('abc', 0, 2, 0)),
        ('islice 1 arg', lambda: islice('abc')), ('islice 5 args', lambda: islice('a', 1, 2, 3, 4)),
        ('islice float', lambda: islice('abc', 1.5)), ('islice start str', lambda: islice('abc', 'x', 2)),
        ('count str', lambda: count('a')), ('count step str', lambda: count(1, 'a')),
        ('repeat str', lambda: repeat(1, 'a')), ('perm neg', lambda: permutations('abc', -1)),
        ('perm str', lambda: permutations('abc', 'a')), ('comb neg', lambda: combinations('abc', -1)),
        ('cwr neg', lambda: combinations_with_replacement('abc', -1)),
        ('product neg', lambda: product('ab', repeat=-1)), ('tee neg', lambda: tee('abc', -1)),
        ('chain lazy', lambda: L(chain(1))), ('cycle int', lambda: cycle(1)),
        ('zip_longest int', lambda: zip_longest(1)), ('groupby int', lambda: groupby(1)),
        ('starmap bad', lambda: L(starmap(len, [1]))), ('pairwise int', lambda: pairwise(1)),
        ('tee int', lambda: tee(1))]:
    show(label, fn)
print(type(chain()).__name__, type(count()).__name__, isinstance(chain(), chain))
