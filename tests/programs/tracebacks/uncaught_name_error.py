# NameError with a "Did you mean" suggestion
def compute():
    counter = 10
    return countr + 1
print(compute())
