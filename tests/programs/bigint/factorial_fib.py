# Big integer arithmetic via factorials and Fibonacci numbers
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(100))
print(len(str(fact(500))), str(fact(500))[:20], fact(500) % 1000003)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a.bit_length(), a % 10**9, a // 10**50)
print(fact(50) // fact(48), fact(52) // (fact(5) * fact(47)))
