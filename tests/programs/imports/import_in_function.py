# Imports inside functions bind local names
def use_math():
    import math
    from math import floor as fl
    return math.sqrt(9), fl(2.7), "math" in dir()
print(use_math())
try:
    math
except NameError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        import collections as serializer
    else:
        serializer = None
    return serializer.__name__ if serializer else None
print(conditional(True), conditional(False))
class Holder:
    import string as s
print(Holder.s.digits)
