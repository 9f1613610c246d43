# Exception raised while executing a class body
print("defining class")
class Config:
    name = "cfg"
    size = int("not a number")
print("unreachable")
