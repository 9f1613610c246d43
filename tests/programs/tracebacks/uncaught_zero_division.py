# Uncaught ZeroDivisionError at top level with binary-op carets
a = 10
b = 0
print("before")
result = a / b
print("never printed")
