# Error deep in a file after valid code that is never run
print("never printed: file fails to compile")
def ok():
    return 1
while True print(1)
