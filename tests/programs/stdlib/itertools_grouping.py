# itertools: groupby, zip_longest, starmap, takewhile, dropwhile, filterfalse, compress, tee, pairwise
import itertools as it
data = "aaabbcdddd"
print([(k, len(list(g))) for k, g in it.groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print([(k, list(g)) for k, g in it.groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in it.groupby(sorted([3, 1, 4, 1, 5, 9, 2, 6]), key=lambda x: x % 2)])
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest([1, 2], [3])))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
g = it.groupby("aab")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
