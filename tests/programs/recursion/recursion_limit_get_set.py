# getrecursionlimit / setrecursionlimit and depth behaviour
import sys
original = sys.getrecursionlimit()
print(type(original).__name__, original >= 100)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
print(depth(2500))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(100))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(original)
print(sys.getrecursionlimit() == original)
