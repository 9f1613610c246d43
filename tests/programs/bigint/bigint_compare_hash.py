# Comparisons and hashing of big ints, mixed with floats
big = 10 ** 30
print(big == float(big), big + 1 == float(big), big < 1e31, big > 1e29)
print(2 ** 1024 > float("1.7976931348623157e308"), -2 ** 1024 < -1.7e308)
print(2 ** 1024 < float("inf"), 2 ** 1024 == float("inf"))
print(hash(10 ** 20) == hash(10 ** 20), hash(2 ** 64) == hash(float(2 ** 64)))
print({2 ** 100: "a"}[2 ** 100], {10 ** 20: 1}.get(int("1" + "0" * 20)))
s = {2 ** 70, 2 ** 70, 2 ** 71}
print(len(s), 2 ** 70 in s)
print(sorted([3 ** 40, -2 ** 70, 10 ** 15, 0, 2.5e20]))
print(big == big * 1.0, float("nan") == big)
print((-big) // 7 * 7 + (-big) % 7 == -big)
