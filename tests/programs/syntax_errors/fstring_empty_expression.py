# f-string with empty expression
x = f"{}"
