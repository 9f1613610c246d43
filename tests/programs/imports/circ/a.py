print("a: start")
from circ import b
A_VALUE = "a value"
def use_b():
    return b.B_VALUE
print("a: end")
