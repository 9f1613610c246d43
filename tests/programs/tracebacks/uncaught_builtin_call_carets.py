# Error raised inside a builtin call: carets cover the whole call
values = ["1", "2", None]
total = 0
for v in values:
    total += int(v)
print(total)
