# Modular exponentiation and number theory with big ints
p = 2 ** 127 - 1
print(pow(3, p - 1, p))
print(pow(2, 10 ** 20, 10 ** 9 + 7))
print(pow(7, -1, p) * 7 % p)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 100 * 3 ** 20, 2 ** 50 * 3 ** 40 * 5))
import math
print(math.gcd(10 ** 30, 6 ** 20), math.lcm(2 ** 40, 3 ** 10))
print(math.isqrt(10 ** 50), math.isqrt(2 ** 201))
print(math.comb(100, 50), math.perm(30, 10))
print(math.factorial(40))
def is_prime(n):
    if n < 2:
        return False
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % a == 0:
            return n == a
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([is_prime(n) for n in (p, 2 ** 89 - 1, 2 ** 89 + 1, 10 ** 18 + 9)])
