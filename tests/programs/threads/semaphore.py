# Semaphore and BoundedSemaphore: counting, limits on concurrency, timeouts and errors.
import threading
import time


def shape(text):
    # '<threading.Semaphore at 0x7f..: value=1>' -> without the address
    head, _, rest = text.partition(' at 0x')
    return head + ' at ADDR' + rest[rest.index(':'):]


s = threading.Semaphore(2)
print(shape(repr(s)))
print(s.acquire(), s.acquire(), s.acquire(False))
start = time.monotonic()
print(s.acquire(timeout=0.03), time.monotonic() - start >= 0.02)
print(s.acquire(True, 0))
s.release(2)
print(shape(repr(s)))
with s:
    print(shape(repr(s)))
for bad in (lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1), lambda: s.release(0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

b = threading.BoundedSemaphore(2)
print(shape(repr(b)))
b.acquire()
print(shape(repr(b)))
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError", e)
b.release(2)
print(shape(repr(b)))
print(isinstance(b, threading.Semaphore))

# At most 3 workers at a time inside.
limit = threading.BoundedSemaphore(3)
lock = threading.Lock()
inside = 0
peak = 0
done = 0


def worker():
    global inside, peak, done
    with limit:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)
        with lock:
            inside -= 1
            done += 1


threads = [threading.Thread(target=worker) for _ in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak <= 3:", peak <= 3, "peak >= 1:", peak >= 1, "done:", done, "inside:", inside)

# release(n) wakes n blocked acquirers.
z = threading.Semaphore(0)
got = []


def taker(i):
    if z.acquire(timeout=5):
        with lock:
            got.append(i)


threads = [threading.Thread(target=taker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(0.02)
z.release(4)
for t in threads:
    t.join()
print(sorted(got))
