# Exception inside a property getter
class Circle:
    def __init__(self, radius):
        self.radius = radius
    @property
    def diameter(self):
        return self.radius * 2
c = Circle("3")
print(c.diameter)
c = Circle(None)
print(c.diameter)
