# Iterating, comparing and hashing strings
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, reverse=True))
print(max(words, key=len), min(words))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
s1 = "abc"
print("abc" == "abc", s1 is not None, "a" * 3 == "aaa")
print(hash("abc") == hash("ab" + "c"))
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
print(list(zip("abc", "12")), list(enumerate("ab", 1)))
print("".join(c for c in "a1b2c3" if c.isdigit()), "-".join(map(str, range(5))))
print(["%s=%d" % (c, ord(c)) for c in "AZ"])
print("apple" < "banana" < "cherry", "Z" < "a", "" < "a", "a" < "aa")
