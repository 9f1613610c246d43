# Uncaught RecursionError: traceback repeats are collapsed
import sys
sys.setrecursionlimit(100)
def down(n):
    return down(n + 1)
down(0)
