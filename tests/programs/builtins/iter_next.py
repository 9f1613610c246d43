# iter() and next(), including the 2-arg sentinel form
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
values = iter([5, 4, 3, 0, 9])
print(list(iter(lambda: next(values), 0)))
print(list(values))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
s = iter("ab")
print(iter(s) is s, next(s), list(s))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 11
print(list(iter(Seq())))
import io
f = io.StringIO("line1\nline2\n\nline3\n")
print(list(iter(f.readline, "\n")))
