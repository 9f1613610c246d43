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
