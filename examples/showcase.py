# showcase.py - a tour of the Python features ferropy runs.
# Deterministic output, builtins only: `ferropy examples/showcase.py`
# should print exactly what `python3 examples/showcase.py` prints
# (recorded in examples/showcase.expected).


# --- Decorators and closures -------------------------------------------
def trace(fn):
    """Count calls to fn in a counter kept in a closure."""
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = lambda: calls
    return wrapper


@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


# --- Classes, inheritance and dunder methods ---------------------------
class Shape:
    count = 0  # class attribute shared by every shape

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area()})"


class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)


class Fraction:
    """A tiny exact fraction type showing arithmetic dunders."""

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(abs(num), abs(den))
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, sign * den // g

    def __add__(self, other):
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    def __eq__(self, other):
        return (self.num, self.den) == (other.num, other.den)

    def __hash__(self):
        return hash((self.num, self.den))

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


# --- Generators ----------------------------------------------------------
def primes():
    """Infinite prime generator (trial division by earlier primes)."""
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def take(n, it):
    for _, x in zip(range(n), it):  # zip stops after n items
        yield x


# --- Exceptions ------------------------------------------------------------
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount


def main():
    shapes = [Rect("door", 2, 7), Square("tile", 3), Rect("card", 5, 3), Square("dot", 1)]
    print("sorted:", sorted(shapes))
    print("largest:", max(shapes).name, "| shapes made:", Shape.count)
    try:
        Shape("blob").area()
    except NotImplementedError as e:
        print("abstract:", e)

    # Comprehensions: list, dict, set, and a nested one.
    squares = [n * n for n in range(10) if n % 2 == 0]
    by_len = {s.name: len(s.name) for s in shapes}
    residues = sorted({n * n % 7 for n in range(20)})
    table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
    print(squares, by_len, residues, table)

    # Generators, slicing and f-string formatting.
    first = list(take(15, primes()))
    print("primes:", first[:5], "...", first[-3:], "every 4th:", first[::4])
    product = 1
    for p in first:
        product *= p
    print(f"{'reversed':>10}: {first[::-1][:6]}  product={product:,}  hex={sum(first):#x}")

    # Exact arithmetic with a user-defined type.
    harmonic = Fraction(0)
    for k in range(1, 11):
        harmonic = harmonic + Fraction(1, k)
    print("H(10) =", harmonic, "| gcd calls:", gcd.calls(),
          "| equal:", Fraction(2, 4) == Fraction(1, 2), len({Fraction(2, 4), Fraction(1, 2)}))

    # Big integers: arbitrary precision out of the box.
    big = 2 ** 200 - 1
    f30 = 1
    for i in range(1, 31):
        f30 *= i
    print("2**200-1 =", big)
    print("30! =", f30, "digits:", len(str(f30)), "mod 1e9+7:", f30 % 1000000007)
    print("bit tricks:", big.bit_length(), (big >> 190), -big // 10 ** 55, divmod(10 ** 20 + 7, 97))

    # Exceptions with try/except/else/finally.
    balance, attempts = 100, 0
    for amount in (30, 50, 40):
        try:
            balance = withdraw(balance, amount)
        except InsufficientFunds as e:
            print(f"  refused {amount}: {e} (needed={e.needed})")
        else:
            print(f"  withdrew {amount}, balance {balance}")
        finally:
            attempts += 1
    print("attempts:", attempts, "final balance:", balance)
    try:
        Fraction(1, 0)
    except ZeroDivisionError as e:
        print("caught:", type(e).__name__, e)

    # Unpacking, enumerate, zip, sorted with a key, string methods.
    words = "the quick brown fox jumps over the lazy dog".split()
    head, *middle, tail = words
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(head, tail, len(middle), ranked, "-".join(w.capitalize() for w in words[:3]))
    pairs = [f"{i}:{a}/{b}" for i, (a, b) in enumerate(zip(words, reversed(words))) if i < 3]
    print(" ".join(pairs), words[2][1:4], "fox" in words, words.index("lazy"))


main()
