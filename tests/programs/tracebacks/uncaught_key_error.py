# KeyError with a tuple key prints its repr
inventory = {("apple", "red"): 3}
print(inventory[("apple", "red")])
print(inventory[("apple", "green")])
