# Algorithms using sets: graph reachability, primes sieve, anagram groups
graph = {1: [2, 3], 2: [4], 3: [4], 4: [], 5: [1]}
def reachable(start):
    seen = set()
    stack = [start]
    while stack:
        n = stack.pop()
        if n not in seen:
            seen.add(n)
            stack.extend(graph[n])
    return seen
print(sorted(reachable(1)), sorted(reachable(5)), sorted(reachable(4)))
def sieve(n):
    composite = set()
    for i in range(2, int(n ** 0.5) + 1):
        composite.update(range(i * i, n + 1, i))
    return sorted(set(range(2, n + 1)) - composite)
print(sieve(60))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w), set()).add(w)
print(sorted(sorted(g) for g in groups.values() if len(g) > 1))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), len(a | b), sorted(a ^ b)[:5])
