# Literal and value patterns: numbers (negative, complex), strings, bytes, None/True/False
# (compared with `is`), dotted names (compared with ==).

def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.25:
            return "minus two and a quarter"
        case 3j:
            return "three j"
        case 1 + 2j:
            return "one plus two j"
        case -1 - 2j:
            return "minus one minus two j"
        case "hello" "world":
            return "concatenated"
        case "":
            return "empty string"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other: " + repr(x)


for value in [0, 0.0, -0.0, False, -1, -1.0, 1.5, -2.25, 3j, 1 + 2j, complex(-1, -2),
              "helloworld", "hello", "", b"raw", bytearray(b"raw"), None, True, 1, 2, [], ()]:
    print(repr(value), "->", describe(value))


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 10


import math


def value_patterns(x):
    match x:
        case Color.RED:
            return "the red constant"
        case Color.Shade.DARK:
            return "dark shade"
        case math.pi:
            return "pi"
        case _:
            return "no constant"


for value in ["red", "green", 10, 10.0, math.pi, 3.14]:
    print(repr(value), "->", value_patterns(value))


# Value patterns compare with ==, which may be user-defined; singletons use identity.
class Everything:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True


def with_eq(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case 42:
            return "42"
    return "nothing"


print(with_eq(Everything()))


class Never:
    def __eq__(self, other):
        return False
    __hash__ = None


def never(x):
    match x:
        case 1:
            return "one"
        case "s":
            return "s"
        case _:
            return "fallback"


print(never(Never()))

# The value expression is looked up each time the case is tried.
Color.RED = "crimson"
print(value_patterns("crimson"), value_patterns("red"))

# A literal pattern reached only after others failed: the subject is evaluated once.
calls = []


def subject():
    calls.append(1)
    return 7


match subject():
    case 1:
        print("one")
    case 2 | 3:
        print("two or three")
    case 7:
        print("seven, subject evaluated", len(calls), "time(s)")

# Big and exotic numbers.
for v in [10 ** 30, -(10 ** 30), 1e300, float("inf")]:
    match v:
        case 1000000000000000000000000000000:
            print("ten to the thirty")
        case -1000000000000000000000000000000:
            print("minus ten to the thirty")
        case 1e300:
            print("1e300")
        case _:
            print("other", v)
