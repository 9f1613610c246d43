# Unmatched closing paren
print("hello"))
