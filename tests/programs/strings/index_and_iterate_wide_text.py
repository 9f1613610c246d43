# Indexing and iterating over text of every width: one character at a time, any length.
s = "héllo wörld ☃ 𝄞 end"
print(list(s), len(list(s)))
it = iter(s)
print(it.__length_hint__(), next(it), next(it), it.__length_hint__())
print(s[-1], s[12], s[14])
for c in "ab☃":
    print(repr(c), end=" ")
print()
try:
    s[100]
except IndexError as e:
    print(e)
class S(str):
    def __getitem__(self, i): return "sub"
print(S("xyz")[0])
print(list(reversed(s))[:3])
print(sorted(set("mississippi")))
big = "☃" * 200000
print(sum(1 for _ in big))
