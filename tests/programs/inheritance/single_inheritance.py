# Single inheritance, overriding, super()
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
for a in (Animal("generic"), Dog("rex", ["sit"]), Puppy("bit")):
    print(type(a).__name__, a.speak(), a.kind(), getattr(a, "tricks", None))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("x"), Dog))
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, Animal.__subclasses__())
print(issubclass(Dog, (int, Animal)), isinstance(1, (str, int)))
