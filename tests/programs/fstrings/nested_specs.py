# Nested replacement fields in format specs
width, prec = 12, 3
val = 2.718281828
print(f"{val:{width}.{prec}f}|")
print(f"{val:>{width}}|", f"{val:<{width // 2}.{prec - 1}}|")
for w in range(3, 8, 2):
    print(f"[{'x':^{w}}]")
fill, align = "*", "^"
print(f"{'mid':{fill}{align}{width}}")
fmt = ".4e"
print(f"{val:{fmt}}")
items = {"apple": 1.5, "kiwi": 22.25, "banana": 3.0}
w = max(len(k) for k in items)
for k, v in items.items():
    print(f"{k:<{w}} : {v:>8.2f}")
print(f"{f'{1 + 1}'}", f"{'{'}{'}'}", f"{{{val:.1f}}}")
print(f"{'nested ' + f'{width!r}'}")
print(f"{[f'{i:02}' for i in range(3)]}")
