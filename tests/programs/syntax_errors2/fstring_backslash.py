# Backslash inside an f-string expression
print(f"{'\n'.join(['a'])}")
