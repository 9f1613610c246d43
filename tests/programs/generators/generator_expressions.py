# Generator expressions are lazy and single-use
calls = []
def tracked(x):
    calls.append(x)
    return x * 2
gen = (tracked(x) for x in range(5))
print(calls)
print(next(gen), calls)
print(list(gen), calls)
print(list(gen))
print(sum(x for x in range(101)), any(x > 3 for x in [1, 5]), all(x for x in []))
print(sorted((x % 3, x) for x in range(6)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(list(x for x in range(10) if x % 2 if x % 3))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
words = ["alpha", "beta", "gamma"]
lengths = (len(w) for w in words)
words.append("delta")
print(list(lengths))
print(dict((w, len(w)) for w in words), tuple(c for c in "abc"), "".join(c.upper() for c in "xyz"))
