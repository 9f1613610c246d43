# threading.local: each thread sees its own attributes and its own __dict__.
import threading

data = threading.local()
data.x = 'main'
data.shared_list = []
print(data.x, sorted(data.__dict__), vars(data) is data.__dict__)

seen = {}
lock = threading.Lock()


def worker(i):
    before = hasattr(data, 'x'), sorted(data.__dict__)
    data.x = 'thread %d' % i
    data.y = i * i
    after = data.x, data.y, sorted(vars(data))
    del data.y
    with lock:
        seen[i] = (before, after, hasattr(data, 'y'))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(seen):
    print(i, seen[i])
print("main still sees:", data.x, hasattr(data, 'y'))

# Errors: missing attributes, __dict__ is read-only, no constructor arguments.
for action in (lambda: data.missing, lambda: delattr(data, 'missing')):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
for action in (lambda: setattr(data, '__dict__', {}), lambda: delattr(data, '__dict__')):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
for args, kwargs in (((1,), {}), ((), {'a': 1})):
    try:
        threading.local(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(getattr(data, 'missing', 'default'))

# Two local objects are independent.
other = threading.local()
other.x = 'other'
print(data.x, other.x)


# Sequential threads never see a previous thread's values (even where the system
# reuses thread identifiers).
leaks = []


def fresh(i):
    if hasattr(data, 'x') or data.__dict__:
        leaks.append(i)
    data.x = i


for i in range(20):
    t = threading.Thread(target=fresh, args=(i,))
    t.start()
    t.join()
print("leaks:", leaks)

# The type's own attributes are visible in every thread.
print(data.__class__ is threading.local, type(data).__name__ in ('local', '_local'))
