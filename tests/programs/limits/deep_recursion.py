# Deep recursion ends in RecursionError at the limit, and the limit can be changed
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(4000))
try:
    count(6000)
except RecursionError as e:
    print("again:", e)
sys.setrecursionlimit(1000)
def via_native(n):
    # recursion through a builtin calling back into Python
    return sorted([n], key=lambda v: via_native(v + 1))
try:
    via_native(0)
except RecursionError as e:
    print("through key=:", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("through __repr__:", e)
