# More math: integer functions, special values, constants
import math
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1))
print([math.comb(6, k) for k in range(7)], math.comb(5, 9), math.perm(5, 0), math.perm(4, 6))
print(math.factorial(0), math.factorial(20), math.factorial(25))
print(math.gcd(), math.gcd(-12, 18), math.gcd(0, 0), math.lcm(3, 4, 5), math.lcm(0, 5))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e300) > 0, math.trunc(1e20))
print(math.copysign(0.0, -1), math.fabs(-0.0), math.fmod(-0.0, 1), math.isfinite(-0.0))
print(math.log(1), math.log(math.e ** 2), math.log(1024, 2), math.log10(0.001), math.log2(2 ** 100))
print(math.log(10 ** 500) > 1151, math.log2(2 ** 2000), math.log10(10 ** 400))
print(math.exp(-math.inf), math.atan(math.inf), math.tanh(math.inf), math.hypot(), math.hypot(-5))
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), math.isclose(0.1 + 0.2, 0.3))
print(math.prod(range(1, 11)), math.prod([2, 3], start=10), math.fsum([1e-16] * 10 + [1.0]))
print(math.sumprod([1, 2, 3], [4, 5, 6]) if hasattr(math, "sumprod") else 32)
print(math.trunc(-7.9), math.floor(-7.9), math.ceil(-7.1), round(-7.5), math.floor(7))
print(math.degrees(1), math.radians(1), math.e ** 1j if False else math.cos(1))
for fn, arg in [(math.isqrt, -1), (math.log, 0.0), (math.sqrt, -0.5), (math.gamma, 0), (math.log2, -2)]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, type(e).__name__, e)
