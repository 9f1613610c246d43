# Formatting floats with format specs
x = 1234.56789
for spec in ("", "f", ".2f", "10.2f", "<10.1f", "^12.3f", "+.1f", " .1f", "e", ".3e", "E",
             "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.2f", "015.3f", "n", "#.0f", ".0e"):
    print(repr(spec), repr(format(x, spec)))
for v in (0.0001, 0.00001, 123456789.0, 1e16, 1.0, 100.0, 1.5e-10, -0.0):
    print(format(v, "g"), format(v, ""), str(v), format(v, ".3"), format(v, "r") if False else "")
print(format(1e22, ".0f"), format(0.1, ".30f"))
print(format(2.5, ".0f"), format(-1.5, ".0f"), format(0.5, ".0%"))
print("{:=+10.2f}|{:*>10}|{:x<8.1e}".format(-3.14159, 2.5, 12345.678))
