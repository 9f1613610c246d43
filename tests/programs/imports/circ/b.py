print("b: start")
from . import a
B_VALUE = "b value"
def use_a():
    return a.A_VALUE
print("b: end, a has A_VALUE yet?", hasattr(a, "A_VALUE"))
