# Generator expression that needs parentheses
print(x for x in range(3), 1)
