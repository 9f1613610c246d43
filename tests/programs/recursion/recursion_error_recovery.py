# Program keeps working after catching RecursionError multiple times
import sys
sys.setrecursionlimit(300)
def bottomless(n):
    return bottomless(n + 1) + 1
for attempt in range(3):
    try:
        bottomless(0)
    except RecursionError as e:
        print("attempt", attempt, "->", e)
def nested_catch(level):
    try:
        return nested_catch(level + 1)
    except RecursionError:
        return level
print(nested_catch(0) > 250)
class Node:
    def __init__(self):
        self.child = self
    def __len__(self):
        return 1 + len(self.child)
try:
    len(Node())
except RecursionError:
    print("RecursionError via __len__")
import copy
a = []
cur = a
for _ in range(1000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    copy.deepcopy(a)
except RecursionError:
    print("RecursionError in deepcopy")
try:
    repr(a)
except RecursionError:
    print("RecursionError in repr")
print("done")
