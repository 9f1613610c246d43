# zfill, center, ljust, rjust
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print(repr("ab".center(7)), repr("ab".center(6)), repr("abc".center(6)), repr("ab".center(7, "*")))
print(repr("ab".ljust(5)), repr("ab".rjust(5)), repr("ab".ljust(5, ".")), repr("ab".rjust(1)))
print("|" + "x".center(4, "-") + "|", "|" + "xy".center(5, "-") + "|")
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
for n in (1, 22, 333):
    print(str(n).rjust(5), str(n).ljust(5) + "|", str(n).center(5, "0"))
