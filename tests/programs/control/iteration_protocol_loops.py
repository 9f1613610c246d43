# for loops drive __iter__/__next__ and __getitem__
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
for x in Countdown(3):
    print("countdown", x)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 5 in Squares())
for s in Squares():
    print("sq", s)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skipping", next(it))
    else:
        print("got", x)
class NotIterable:
    pass
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
