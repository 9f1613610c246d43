# f-string format specs
n, f, s = 1234567, 3.14159265, "text"
print(f"{n:,} {n:_} {n:>12,} {n:<12}| {n:^12}| {n:012}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#010x} {n:e}")
print(f"{f:.2f} {f:10.4f}| {f:<10.1f}| {f:e} {f:.3g} {f:%} {f:+.0f}")
print(f"{s:>10}| {s:<10}| {s:^10}| {s:-^10}| {s:.2}")
print(f"{-5:05} {-5:<5}| {-5:=5} {5:+} {-5: } {5: }")
print(f"{0.5:.0%} {1/3:.2%} {123.456:08.2f}")
print(f"{True:d} {True} {False:5}|")
print(f"{72:c}{105:c}")
print(f"{3+4j} {3+4j:.2f} {1.5e300*1e10}")
print(f"{'abc'!r:>8}")
