# itertools: product, permutations, combinations, combinations_with_replacement
import itertools as it
print(list(it.product("ab", [1, 2])))
print(list(it.product([0, 1], repeat=3)))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations_with_replacement("ab", 3)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))))
print(list(it.combinations("ab", 3)), list(it.permutations([], 0)), list(it.product()))
