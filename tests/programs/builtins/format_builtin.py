# format() builtin with various types
print(format(12345.6789, ",.2f"), format(42, "08b"), format(0.5, "%"), format("abc", ">6"), format(255, "#X"))
print(format(-42, "+06d"), format(3.0, "g"), format(1e-7, "g"), format(123, ""), format([1, 2]))
print(format(1234567890, "_d"), format(7, "c") == "\x07", format(True, "d"), format(True, "^7"))
print(format(2 ** 70, ","), format(-0.0, ".1f"), format(float("nan"), "^7"), format(1 + 2j, ".1f"))
print(format(10, "x<6"), format(10, "=+6"), format("s", "*^5"), format(3.14159, ".3"), format(100.0, ".3"))
print(format(1.5, "e"), format(0.0001234, ".2e"), format(123456789, ".3e"), format(5, ".2f"))
for spec in ("z", ".1d", ",s", "=s"):
    for val in (1, "s"):
        try:
            print(spec, repr(val), format(val, spec))
        except ValueError as e:
            print(spec, repr(val), type(e).__name__, e)
