# Syntax error inside an f-string expression
a = b = 1
print(f"{a b}")
