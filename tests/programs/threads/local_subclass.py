# Subclasses of threading.local: __init__ runs again (with the original arguments) in
# each thread that uses the object; methods, class attributes, properties and
# __slots__ (shared by every thread) behave as on ordinary objects.
import threading

log = []
lock = threading.Lock()


class MyLocal(threading.local):
    __slots__ = ('shared',)
    color = 'class-color'
    count = 0

    def __init__(self, start, *, step=1):
        with lock:
            MyLocal.count += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2

    @doubled.setter
    def doubled(self, v):
        self.value = v // 2


obj = MyLocal(10, step=5)
obj.shared = 'from main'
print(obj.bump(), obj.doubled, obj.color, MyLocal.count)
obj.color = 'instance-color'
print(obj.color, MyLocal.color)

results = {}


def worker(i):
    r = [obj.value, obj.color, obj.shared]
    for _ in range(i):
        obj.bump()
    obj.doubled = 1000 + i
    r.append(obj.value)
    obj.shared = 'from thread %d' % i
    with lock:
        results[i] = r


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
for i in sorted(results):
    print(i, results[i])
print("main:", obj.value, obj.color, obj.shared, "inits:", MyLocal.count)

# Missing attributes name the subclass.
try:
    obj.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del obj.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    obj.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)


# __getattr__ is consulted for missing attributes.
class WithDefault(threading.local):
    def __getattr__(self, name):
        return 'default-' + name


w = WithDefault()
w.real = 1
print(w.real, w.other)


# An __init__ that fails in a thread: the error reaches that thread, and the next use
# in that thread tries again.
class Flaky(threading.local):
    attempts = 0

    def __init__(self):
        with lock:
            Flaky.attempts += 1
            n = Flaky.attempts
        if n == 2:
            raise ValueError("init failed")
        self.ok = True


f = Flaky()
out = []


def use_flaky():
    try:
        f.ok
    except ValueError as e:
        out.append('error: %s' % e)
    out.append(f.ok)


t = threading.Thread(target=use_flaky)
t.start()
t.join()
print(out, Flaky.attempts)


# A subclass without __init__ cannot take arguments either; one with __init__ can.
class Plain(threading.local):
    pass


try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Plain(), threading.local))
