# f-string conversions !r !s !a
s = "héllo\n"
print(f"{s!r}", f"{s!s}", f"{s!a}")
class C:
    def __repr__(self): return "C-repr"
    def __str__(self): return "C-str"
    def __format__(self, spec): return f"C-format[{spec}]"
c = C()
print(f"{c}", f"{c!r}", f"{c!s}", f"{c!a}", f"{c:xyz}", f"{c!r:>10}", f"{c!s:*<8}")
print(f"{None!r} {1.5!s} {[1, 'a']!r} {'ü'!a}")
print(f"{'x'!r:^7}|")
x = 10
print(f"{x=}", f"{x=!r}", f"{s=}", f"{x=:#x}", f"{x*2=}", f"{ x = }")
