# threading.Lock: acquire/release/locked, non-blocking and timed acquire, the context
# manager, errors, and mutual exclusion between threads.
import threading
import time

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
start = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - start >= 0.04)
print(lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print(type(e).__name__, e)
with lock:
    print("inside:", lock.locked())
print("after:", lock.locked())
print(threading.ThreadError is RuntimeError)
try:
    with lock:
        raise KeyError('x')
except KeyError:
    print("released on error:", not lock.locked())

# A lock may be released by another thread than the one that acquired it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", not lock.locked())

# A thread blocks until the holder releases.
order = []
lock.acquire()


def blocked():
    with lock:
        order.append('thread got it')


t = threading.Thread(target=blocked)
t.start()
time.sleep(0.05)
order.append('main releases')
lock.release()
t.join()
print(order)

# A timed acquire in another thread gives up.
lock.acquire()
res = []
t = threading.Thread(target=lambda: res.append(lock.acquire(timeout=0.02)))
t.start()
t.join()
lock.release()
print(res)
