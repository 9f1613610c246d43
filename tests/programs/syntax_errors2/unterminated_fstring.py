# Unterminated f-string
name = 'x'
print(f"hello {name})
