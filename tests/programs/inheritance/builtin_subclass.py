# Subclassing builtin types
class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml).__name__, type(ml + [5]).__name__, len(ml), ml[1:3], type(ml[1:3]).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return f"default-{key}"
md = MyDict(a=1)
print(md["a"], md["zz"], md.get("zz"), md, "zz" in md)
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
mi = MyInt(5)
print(mi, mi + 1, type(mi + 1).__name__, mi * 2, isinstance(mi, int), repr(mi))
class Temperature(float):
    def __new__(cls, celsius):
        return super().__new__(cls, celsius)
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32
t = Temperature(100)
print(t, t.fahrenheit, t > 50)
class LoudStr(str):
    def __str__(self):
        return self.upper()
print(LoudStr("quiet"), str(LoudStr("x")), LoudStr("ab") + "c", repr(LoudStr("r")))
class StackList(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = StackList()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s)
class CountingDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
cd = CountingDict()
cd["a"] = 1
cd.update(b=2)
print(cd)
