# Set comprehensions and dedup patterns
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print({n % 4 for n in nums}, sorted({n * 2 for n in nums if n > 3}))
seen = set()
unique = []
for n in nums:
    if n not in seen:
        seen.add(n)
        unique.append(n)
print(unique, list(dict.fromkeys(nums)))
words = ["Apple", "apple", "APPLE", "banana"]
print(sorted({w.lower() for w in words}))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
print(sorted(set("hello") & set("world")), sorted(set("hello") - set("world")))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"Pt({self.x},{self.y})"
pts = {Pt(1, 2), Pt(1, 2), Pt(2, 1)}
print(len(pts), Pt(2, 1) in pts, sorted(pts, key=lambda p: p.x))
