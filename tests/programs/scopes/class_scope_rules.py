# Class bodies do not create enclosing scopes for methods
name = "module"
class A:
    name = "class"
    def get(self):
        return name
    def get_attr(self):
        return self.name
print(A().get(), A().get_attr())
class B:
    v = 1
    v = v + 1
    w = [v]
print(B.v, B.w)
def f():
    val = "function"
    class Inner:
        val = "class-level"
        def m(self):
            return val
        seen = val
    return Inner().m(), Inner.seen
print(f())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at_creation = Counter.count
c1, c2 = Counter(), Counter()
print(Counter.count, c1.count_at_creation, c2.count_at_creation)
