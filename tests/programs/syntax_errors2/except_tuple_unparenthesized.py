# Multiple exception types without parentheses
try:
    pass
except ValueError, TypeError:
    pass
