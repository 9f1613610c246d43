# Exception inside a method called through a dunder
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
a = Money(100)
b = Money(250)
print((a + b).cents)
c = a + 5
