# Local-and-local or local-and-constant arithmetic and comparisons (which ferropy runs as one
# step on small ints and floats): overflow into bigints, errors with their lines, unbound
# locals, mixed types, and comparisons feeding branches.
def ops(a, b):
    return [a + b, a - b, a * b, a // b, a % b, a / b, a ** 2, a & b, a | b, a ^ b, a << 3, a >> 1]

print(ops(7, 3))
print(ops(-7, 3))
def fops(a, b):
    return [a + b, a - b, a * b, a // b, a % b, a / b, a ** 2, a < b, a > b]

print(fops(7.5, 2), fops(-1, 0.5))
print(ops(2**62, 3))

def big(n):
    x = n
    y = x * x
    z = x + 9223372036854775807
    return y, z

print(big(2**40))

def div(a, b):
    return a / b

try:
    div(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def unbound(flag):
    if flag:
        b = 1
    a = 2
    return a + b

print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def count(n):
    i = 0
    total = 0
    while i < n:
        if i % 3 == 0:
            total += i
        i += 1
    return total

print(count(100), count(0))

def mixed(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b

print(mixed(1, 2), mixed(2.5, 2), mixed(3, 3.0), mixed("a", "b"))
try:
    mixed(1, "x")
except TypeError as e:
    print("TypeError:", e)

def strs(a, b):
    return a + b, a * 2

print(strs("ab", "cd"))

# Subscripts with a local or constant index: lists, tuples, negative and missing indexes,
# stores, and containers the fast path leaves alone.
def subs(seq, i):
    first = seq[0]
    last = seq[-1]
    at = seq[i]
    return first, last, at

print(subs([1, 2, 3], 1), subs((4, 5, 6), -2), subs("xyz", 2), subs({0: "a", -1: "b", 5: "c"}, 5))
try:
    subs([1, 2, 3], 7)
except IndexError as e:
    print("IndexError:", e)

def stores(seq, i, v):
    seq[i] = v
    seq[0] = v * 2
    return seq

print(stores([0, 0, 0], 2, 5), stores([1, 2], -1, 3), stores({}, "k", 1))
try:
    stores([1], 5, 0)
except IndexError as e:
    print("IndexError:", e)
try:
    stores((1, 2), 0, 0)
except TypeError as e:
    print("TypeError:", e)

class Seen(list):
    def __getitem__(self, i):
        return ("seen", list.__getitem__(self, i))
    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))

s = Seen([1, 2, 3])
print(subs(s, 1))
print(stores(s, 1, 9))
