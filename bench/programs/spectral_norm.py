# spectral_norm: eigenvalue approximation of an infinite matrix by power iteration.
# Stresses: small function calls, float division, list comprehensions, nested loops.
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 340
    u = [1.0] * n
    v = None
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = sum([ue * ve for ue, ve in zip(u, v)])
    vv = sum([ve * ve for ve in v])
    print("%.9f" % ((vbv / vv) ** 0.5))


main()
