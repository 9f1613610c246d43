# itertools: count, cycle, repeat, accumulate, chain, islice
import itertools as it
import operator
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle("abc"), 8)), list(it.repeat("x", 3)), list(it.islice(it.repeat(0), 4)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 0, None, 3)))
c = it.count(5)
print(next(c), next(c), repr(c))
print(repr(it.repeat(1, 2)))
try:
    it.islice("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
