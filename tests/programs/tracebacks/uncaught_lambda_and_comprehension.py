# Tracebacks through lambdas and comprehensions
items = [3, 2, 1, 0]
inverse = lambda x: 12 // x
print([inverse(i) for i in items])
