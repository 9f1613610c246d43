# math module functions
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(81))
print(math.exp(1), math.exp(0), math.expm1(1e-10), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log1p(1e-10), math.log(2 ** 1000))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), round(math.cos(math.pi), 12))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.7))
print(math.fabs(-3), math.fmod(7, -3), math.fmod(-7, 3), math.remainder(7, 3), math.copysign(3, -0.0))
print(math.modf(3.25), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm())
print(math.factorial(10), math.comb(10, 3), math.perm(10, 3), math.perm(5), math.isqrt(99))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.fsum([0.1] * 10))
print(math.dist((0, 0), (3, 4)), math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.isnan(math.nan), math.isinf(-math.inf))
print(math.pow(2, 10), math.pow(2, 0.5), math.sqrt(0.0), math.sqrt(-0.0))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)),
                (math.factorial, (-1,)), (math.factorial, (2.5,)), (math.exp, (1000,)), (math.fmod, (1, 0)),
                (math.comb, (-1, 2))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
