# Comprehension target needing parentheses
pairs = [x, y for x, y in [(1, 2)]]
