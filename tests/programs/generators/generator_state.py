# Generator frame state: gi_running, gi_frame, inspect-free checks
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
print(gen.gi_frame.f_lineno > 0)
list(gen)
print(gen.gi_frame)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def counter():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        elif cmd == "stop":
            return count
        else:
            count += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print("stopped with", e.value)
print(iter(gen) is gen, hasattr(gen, "__next__"))
