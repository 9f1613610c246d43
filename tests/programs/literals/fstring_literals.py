# f-string literal forms
x, name = 42, "world"
print(f"hello {name}", F"x={x}", rf"raw\n{x}", fr"{x}\t")
print(f"{{literal braces}} {x}")
print(f'{"quoted"}', f"{'single'}")
print(f"""triple {x}
second line {name!r}""")
print(f"{x=}", f"{x = }", f"{name=!s}", f"{x=:>5}")
print(f"{x + 1}", f"{x * 2:04d}", f"{[1, 2][0]}")
print(f"{name!r:>10}|")
print(f"a" f"b{x}" "c")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{3.14159:.2f} {1234567:,} {255:#x} {255:08b}")
