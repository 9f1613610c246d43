# TypeError from a bad call inside a function
def greet(name, greeting):
    return f"{greeting}, {name}"
def main():
    print(greet("ann", "hi"))
    print(greet("bob"))
main()
