# Results of set algebra keep CPython's construction order: union copies the left operand
# and adds the right, intersection walks the smaller set, difference copies-and-discards when
# the left is much bigger, symmetric difference starts from the right operand.

a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(a | b)
print(b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b)
print(b ^ a)

small = set([1000, 2000, 3000, 5])
big = set(range(100))
print(small | big == big | small)
print(list(big | small)[-6:], list(small | big)[-6:])
print(big & small, small & big)
print(big - set(range(3, 100)), small - big)
print(list(big ^ small)[-6:], list(small ^ big)[-6:])
print(set(range(100)) & set([99, 50, 1, 33, 64, 128]))
print(set([99, 50, 1, 33, 64, 128]) & set(range(100)))

# sizes differing by more than 4x / 8x take other paths
x = set(range(64))
print(x - set([1, 2, 3]))
print(x - set(range(1, 200, 2)))
y = set([5, 70, 140, 210])
y -= set(range(0, 1000, 5))
print(y)
y = set([5, 70, 141, 210])
y.difference_update(range(0, 1000, 5))
print(y)

# methods with several arguments, and non-set arguments
print(set(range(10)).union(set([100, 200]), [300, 64, 32], range(8, 12)))
print(set(range(30)).intersection(range(5, 50), set([7, 8, 9, 10, 70])))
print(set(range(30)).difference(range(5, 10), set([7, 20, 21])))
print(set(range(10)).union(range(30, 0, -4)))
print(set(range(10)).symmetric_difference([15, 3, 40, 2]))
print(set(range(40)).intersection([39, 38, 1, 64, 37]))
print(set([64, 32, 16]).union())
print(set(range(5)).intersection(), set(range(5)).difference())

# dict arguments
d = {k: str(k) for k in range(50, 0, -3)}
print(set(d), set(d.keys()), set(d.values()) == set(str(k) for k in d))
s = set(range(5))
s.update(d)
print(s)
print(set(range(10)).difference(d), set(range(100)).difference(d))
s = set(range(20))
s.symmetric_difference_update({k: 1 for k in range(30, 0, -2)})
print(s)
print(set(range(8)).symmetric_difference(d))

# in-place operators
s = set(range(20)); s |= set(range(15, 40, 2)); print(s)
s = set(range(20)); s &= set(range(18, 200)); print(s)
s = set(range(20)); s -= set(range(0, 40, 4)); print(s)
s = set(range(20)); s ^= set(range(10, 30)); print(s)
s = set(range(20)); s.intersection_update(range(15, 40)); print(s)
s = set(range(20)); s.intersection_update(set(range(5, 9)), [8, 7, 6, 100]); print(s)
s = set(range(20)); s.symmetric_difference_update(range(25, 5, -1)); print(s)
s = set(range(20)); s.update(range(100, 80, -3), [7, 64]); print(s)
s = set(range(20)); s.difference_update(range(3, 17), set([0])); print(s)
s = set(range(9)); s |= s; s &= s; print(s); s -= s; print(s)
s = set(range(9)); s ^= s; print(s)

# chains mixing sizes
p = set(range(0, 60, 5))
q = set(range(0, 60, 6))
r = set(range(0, 60, 10))
print((p | q) - r, (p & q) | r, p ^ q ^ r, (p - q) | (q - p))

# comparisons and predicates
print(set(range(10)) <= set(range(11)), set(range(10)).issubset(range(20)), set(range(5)).issuperset([1, 2]))
print(set([1, 2]).isdisjoint(set([3])), set(range(100)).isdisjoint([200, 99]), set(range(3)) < set(range(3)))
