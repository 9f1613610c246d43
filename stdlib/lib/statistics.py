"""Basic statistics: mean, fmean, median, median_low, median_high, mode,
multimode, variance, stdev, pvariance and pstdev.

Sums are computed exactly with integer ratios, so results match CPython's
statistics module for int and float data.
"""

import math

__all__ = ['StatisticsError', 'fmean', 'mean', 'median', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance',
           'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# ---- exact rational helpers: a rational is a pair (numerator, denominator) -----

def _norm(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    return (n, d)


def _add(a, b):
    return _norm(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _sub(a, b):
    return _norm(a[0] * b[1] - b[0] * a[1], a[1] * b[1])


def _mul(a, b):
    return _norm(a[0] * b[0], a[1] * b[1])


def _div(a, b):
    return _norm(a[0] * b[1], a[1] * b[0])


def _exact_ratio(x):
    """Return (numerator, denominator) of x, or (x, None) if x is not finite."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    """Coerce types T and S to a common type, or raise TypeError."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _sum(data):
    """Return (type, exact total, count); total is a rational pair, or a
    float when the data contains infinities or NaNs."""
    count = 0
    T = int
    seen = set()
    partials = {}
    nonfinite = None
    for x in data:
        typ = type(x)
        if typ not in seen:
            seen.add(typ)
            T = _coerce(T, typ)
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
        else:
            partials[d] = partials.get(d, 0) + n
    if nonfinite is not None:
        return T, nonfinite, count
    total = (0, 1)
    for d, n in partials.items():
        total = _add(total, (n, d))
    return T, total, count


def _ss(data, c=None):
    """Return (type, sum of squared deviations, mean, count)."""
    if c is not None:
        def deviations():
            for x in data:
                d = x - c
                yield d * d
        T, ssd, count = _sum(deviations())
        return T, ssd, c, count
    count = 0
    T = int
    seen = set()
    sx = {}
    sxx = {}
    nonfinite = None
    for x in data:
        typ = type(x)
        if typ not in seen:
            seen.add(typ)
            T = _coerce(T, typ)
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
        else:
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        return T, (0, 1), (0, 1), 0
    if nonfinite is not None:
        return T, nonfinite, nonfinite, count
    total = (0, 1)
    for d, n in sx.items():
        total = _add(total, (n, d))
    total_sq = (0, 1)
    for d, n in sxx.items():
        total_sq = _add(total_sq, (n, d * d))
    ssd = _div(_sub(_mul((count, 1), total_sq), _mul(total, total)),
               (count, 1))
    return T, ssd, _div(total, (count, 1)), count


def _convert(value, T):
    """Convert an exact rational (or non-finite float) to type T."""
    if not isinstance(value, tuple):
        return value if type(value) is T else T(value)
    n, d = value
    if issubclass(T, int):
        if d == 1:
            return T(n)
        T = float
    if issubclass(T, float):
        result = n / d
        return result if T is float else T(result)
    return T(n) / T(d)


def _divide(value, k):
    if isinstance(value, tuple):
        return _div(value, (k, 1))
    return value / k


_SQRT_BIT_WIDTH = 2 * 53 + 3


def _isqrt_frac_rto(n, m):
    """Square root of n/m, rounded to the nearest odd integer below."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    """Square root of n/m as a float, correctly rounded."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BIT_WIDTH) // 2
    if q >= 0:
        numerator = _isqrt_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def _sqrt_of(value):
    if isinstance(value, tuple):
        return _float_sqrt_of_frac(value[0], value[1])
    return math.sqrt(value)


# ---- averages ------------------------------------------------------------------------

def mean(data):
    """Return the sample arithmetic mean of data.

    >>> mean([1, 2, 3, 4, 4])
    2.8
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_divide(total, n), T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        data = list(data)
        n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum([x * w for x, w in zip(data, weights)])
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def median(data):
    """Return the median (middle value) of numeric data.

    When the number of data points is odd, return the middle data point.
    When the number of data points is even, the median is interpolated by
    taking the average of the two middle values.
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """Return the most common data point from discrete or nominal data.

    If there are multiple modes with same frequency, return the first one
    encountered.
    """
    best = None
    best_count = 0
    for value, count in _counts(data).items():
        if count > best_count:
            best = value
            best_count = count
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """Return a list of the most frequently occurring values, in the order
    they were first encountered in the data."""
    counts = _counts(data)
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


# ---- spread ------------------------------------------------------------------------------

def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_divide(ss, n), T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(_divide(ss, n - 1))


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(_divide(ss, n))
