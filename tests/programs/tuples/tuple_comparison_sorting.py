# Lexicographic comparison of tuples and sorting by tuple keys
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"))
print((1, 2) == (1.0, 2.0), (0,) == (False,), (1, (2, 3)) < (1, (2, 4)))
students = [("bob", 90, 21), ("amy", 90, 20), ("cal", 85, 22), ("dee", 95, 20)]
print(sorted(students, key=lambda s: (-s[1], s[0])))
print(sorted(students, key=lambda s: (s[2], s[0])))
print(max(students, key=lambda s: (s[1], -s[2])), min(students))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print((1, float("nan")) == (1, float("nan")), sorted([(2, "b"), (1, "z"), (2, "a")]))
nan = float("nan")
print((1, nan) == (1, nan), [nan] == [nan])
