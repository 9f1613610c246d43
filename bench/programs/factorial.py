# factorial: big-integer arithmetic.
# Stresses: arbitrary-precision multiplication, division/modulus, comparison,
# int -> str conversion (kept below CPython's 4300-digit str limit), pow.
import sys

MOD = 1000000007


def fact_iter(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fact_tree(lo, hi):
    # Product of lo..hi by binary splitting (balanced big multiplications).
    if hi - lo < 8:
        r = 1
        for i in range(lo, hi + 1):
            r *= i
        return r
    mid = (lo + hi) // 2
    return fact_tree(lo, mid) * fact_tree(mid + 1, hi)


def digit_count(x):
    # Number of decimal digits of x > 0 without str() (works for any size).
    d = x.bit_length() * 30103 // 100000
    if d < 1:
        d = 1
    p = 10 ** d
    while p <= x:
        p *= 10
        d += 1
    while d > 1 and p // 10 > x:
        p //= 10
        d -= 1
    return d


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 28
    # Many medium factorials: digit counts via str() and digit sums.
    acc = 0
    digit_sum_total = 0
    for k in range(8 * scale):
        n = 100 + (k * 37) % 1300
        f = fact_iter(n)
        s = str(f)
        acc = (acc * 31 + len(s)) % MOD
        digit_sum_total += sum([ord(c) - 48 for c in s])
    print("medium", acc, digit_sum_total)

    # A few large ones: compare two algorithms, report digits and residues.
    big_n = 1000 * scale
    a = fact_iter(big_n)
    b = fact_tree(1, big_n)
    print("large", big_n, a == b, digit_count(a), a % MOD)
    # Trailing zeros by repeated division.
    zeros = 0
    q = a
    while q % 10 == 0:
        q //= 10
        zeros += 1
    print("trailing zeros", zeros, "last nonzero digit", q % 10)

    # Binomial coefficient and modular exponentiation on big ints.
    c = fact_tree(1, 2 * big_n // 4) // (fact_tree(1, big_n // 4) ** 2)
    print("binomial", digit_count(c), c % MOD, pow(c, 65537, MOD))
    print("mixed", (a // (b >> 100) if b >> 100 else 0) % MOD, (a - b + 12345) % 997)


main()
