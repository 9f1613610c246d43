"""Helper module docstring."""
print("executing _helper_mod")
CONSTANT = 42
_private = "hidden"
def greet(name):
    return f"hello, {name}"
class Thing:
    def __repr__(self):
        return "Thing()"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
