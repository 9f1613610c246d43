# Single closing brace in an f-string
x = 1
print(f"value: {x}}")
