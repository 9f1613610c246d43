# sieve: integer-arithmetic loops.
# Stresses: while/for loops over ints, list indexing and slice assignment,
# modulo/floor-division, small-int arithmetic, comparisons.
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return flags


def sieve_slices(limit):
    # Same sieve using slice assignment.
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * ((limit - i * i) // i + 1)
    return flags


def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
    flags = sieve(limit)
    primes = [i for i in range(limit + 1) if flags[i]]
    print("primes", len(primes), primes[-1], sum(primes) % 1000000007)
    print("slices agree", flags == sieve_slices(limit))

    # Twin primes and prime gaps.
    twins = 0
    max_gap = 0
    for k in range(1, len(primes)):
        gap = primes[k] - primes[k - 1]
        if gap == 2:
            twins += 1
        if gap > max_gap:
            max_gap = gap
    print("twins", twins, "max_gap", max_gap)

    # Collatz sequence lengths.
    best = 0
    best_n = 1
    for n in range(1, limit // 20):
        c = collatz_len(n)
        if c > best:
            best = c
            best_n = n
    print("collatz", best_n, best)

    # Euclid's algorithm over many pairs.
    coprime = 0
    m = int(limit ** 0.5) // 2
    for a in range(1, m):
        for b in range(1, m):
            if gcd(a, b) == 1:
                coprime += 1
    print("coprime", m - 1, coprime)


main()
