# Nested and complex comprehensions
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
transpose = [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)]
print(transpose)
flat = [x for row in [[1, 2], [3, 4], [5]] for x in row if x % 2]
print(flat)
pythagorean = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythagorean)
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print([[c for c in w if c in "aeiou"] for w in words])
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print([grid[r, c] for r in range(3) for c in range(3) if (r + c) % 2 == 0])
print(sum(sum(row) for row in identity), [sum(col) for col in zip(*identity)])
