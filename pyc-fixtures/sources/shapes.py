# Functions, closures, classes, generators, comprehensions and exceptions.
class Shape:
    """A shape with a name."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} has {self.sides} sides"


class Square(Shape):
    sides = 4


def counter(start):
    count = start
    def step():
        nonlocal count
        count += 1
        return count
    return step


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


step = counter(10)
print(step(), step(), Square("sq").describe())
print(list(evens(9)), {k: v for k, v in zip("ab", (1, 2))}, sorted({x % 3 for x in range(10)}))
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__)
