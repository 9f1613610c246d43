# Implicit chaining: "During handling of the above exception, another exception occurred"
def convert(s):
    try:
        return int(s)
    except ValueError:
        return undefined_fallback(s)
print(convert("12"))
print(convert("x"))
