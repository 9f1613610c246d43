# Starred expression alone in parentheses
a = [1]
print((*a))
