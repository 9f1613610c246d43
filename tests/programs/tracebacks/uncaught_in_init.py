# Exception in __init__ of a subclass calling super().__init__
class Base:
    def __init__(self, size):
        if size < 0:
            raise ValueError(f"size must be non-negative, got {size}")
        self.size = size
class Child(Base):
    def __init__(self, size):
        super().__init__(size * 2)
print(Child(3).size)
Child(-1)
