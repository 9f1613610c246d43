# Unpacking in a comprehension
items = [[1], [2]]
flat = [*x for x in items]
