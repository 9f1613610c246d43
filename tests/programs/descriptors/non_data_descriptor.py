# Non-data descriptors can be shadowed by instance attributes
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        return 3 * self.r ** 2
c = Circle(2)
print(c.area)
print(c.area)
print(type(Circle.area).__name__)
class Method:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self.fn
        return lambda *a: self.fn(obj, *a)
class K:
    @Method
    def hello(self, x):
        return f"hello {x} from {type(self).__name__}"
print(K().hello("bob"), K.hello(K(), "direct"))
def plain(self):
    return "plain function as descriptor"
bound = plain.__get__(K(), K)
print(bound(), type(bound).__name__)
print(plain.__get__(None, K) is plain)
