# Deep (but bounded) recursion after raising the limit
import sys
sys.setrecursionlimit(12000)
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)
print(sum_to(10000))
def count_nodes(tree):
    if tree is None:
        return 0
    return 1 + count_nodes(tree[0]) + count_nodes(tree[1])
chain = None
for _ in range(5000):
    chain = (chain, None)
print(count_nodes(chain))
def mutual_a(n):
    return "a-done" if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return "b-done" if n == 0 else mutual_a(n - 1)
print(mutual_a(8001), mutual_a(8000))
