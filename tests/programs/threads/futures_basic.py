# ThreadPoolExecutor: submit, result, exception, map (order, timeout, errors), the
# context manager, and the default max_workers.
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor, Future, Executor, TimeoutError
import concurrent.futures as cf


def square(x):
    return x * x


def fail(msg):
    raise ValueError(msg)


with ThreadPoolExecutor(max_workers=3) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    g = ex.submit(fail, 'broken')
    print(type(g.exception()).__name__, g.exception())
    try:
        g.result()
    except ValueError as e:
        print("result raised:", e)
    kw = ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=3)
    print(kw.result())
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(list(ex.map(square, [], timeout=1)))
    it = ex.map(fail, ['first', 'second'])
    try:
        list(it)
    except ValueError as e:
        print("map raised:", e)
    print(list(ex.map(square, range(5), chunksize=2)))
    print(isinstance(ex, Executor), isinstance(f, Future))

# Results come in submission order even when later calls finish first.
with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(lambda d: (time.sleep(d), d)[1], [0.04, 0.01, 0.03, 0.0])))

# map timeout: TimeoutError when a result is late.
ex = ThreadPoolExecutor(2)
gate = threading.Event()
try:
    list(ex.map(lambda x: gate.wait(5) and x, [1], timeout=0.02))
except TimeoutError as e:
    print("map timeout:", type(e).__name__)
gate.set()
ex.shutdown()

# result(timeout) on a slow call.
with ThreadPoolExecutor(1) as ex:
    began = threading.Event()
    slow = ex.submit(lambda: (began.set(), time.sleep(0.1))[1])
    began.wait(5)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("result timeout, running:", slow.running())
    try:
        slow.exception(timeout=0.01)
    except TimeoutError:
        print("exception timeout")
    print(slow.result(), slow.done())

print(ThreadPoolExecutor()._max_workers == min(32, (os.cpu_count() or 1) + 4))
for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError", e)
print(cf.TimeoutError is TimeoutError, sorted(cf.__all__))
try:
    cf.ProcessPoolExecutor
except Exception as e:
    print('?', e)
else:
    print('ProcessPoolExecutor name available')
try:
    cf.NoSuchThing
except AttributeError as e:
    print("AttributeError", e)
