# Infinity and NaN behaviour
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(nan), str(-inf))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 10**400)
print(nan is nan, [nan] == [nan], nan in [nan])
print(float("NaN"), float("-nan"), float("INF"), float("infinity"), float("+inf"))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]))
print(int(1e300) > 0)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(math.copysign(1, -0.0), math.copysign(1, 0.0), -0.0 == 0.0)
print(1 / inf, -1 / inf, math.inf == inf, math.nan != math.nan)
print(f"{inf:.2f} {nan:f} {-inf:e} {inf:10}|")
print(round(2.5), (inf).is_integer(), hash(inf), hash(-inf))
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (inf).as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
