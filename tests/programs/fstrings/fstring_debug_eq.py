# The = specifier for self-documenting expressions
a, b = 3, "str"
lst = [1, 2]
print(f"{a=}")
print(f"{b=}")
print(f"{a + 1=}")
print(f"{lst[0]=}, {len(lst)=}")
print(f"{a=:05d}")
print(f"{b=!s}")
print(f"{b = !r:>8}")
print(f"{a>2=}")
print(f"{3.0/2=:.2f}")
