# str <-> float round trips
import random
random.seed(7)
ok = 0
for _ in range(2000):
    v = random.random() * 10 ** random.randint(-30, 30)
    if float(repr(v)) == v:
        ok += 1
print("roundtrip ok", ok)
for s in ("0.1", "1e23", "8.41e21", "2.2250738585072011e-308", "4.9e-324", "1.7976931348623158e308",
          "123456789012345678901234567890", "0.000001", "1e-7", "1_000.5"):
    print(s, "->", repr(float(s)))
print(str(1e23), repr(8.41e21), 1e23 == 10 ** 23, int(1e23))
print(float("1" + "0" * 400 + "e-400"))
print([str(2.0 ** e) for e in range(-3, 60, 9)])
