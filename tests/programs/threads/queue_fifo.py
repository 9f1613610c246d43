# queue.Queue: FIFO order, maxsize, full/empty, the non-blocking and timed operations,
# and their errors.
import queue
import threading
import time

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait:", type(e).__name__, repr(str(e)))
try:
    q.get(False)
except queue.Empty:
    print("get(False): Empty")
start = time.monotonic()
try:
    q.get(timeout=0.03)
except queue.Empty:
    print("get(timeout=0.03): Empty", time.monotonic() - start >= 0.02)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    q.get(timeout=0)
except queue.Empty:
    print("get(timeout=0): Empty")
# Unbounded: put never blocks, and its timeout is not even checked.
q.put('x', timeout=-1)
q.put_nowait('y')
print(q.get(timeout=-1) if False else q.get(), q.get_nowait())

b = queue.Queue(maxsize=2)
b.put(1)
b.put(2, block=False)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full as e:
    print("put_nowait:", type(e).__name__)
try:
    b.put(3, timeout=0.02)
except queue.Full:
    print("put(timeout): Full")
try:
    b.put(3, timeout=-0.5)
except ValueError as e:
    print("ValueError", e)
try:
    b.put(3, block=False, timeout=-0.5)
except queue.Full:
    print("block=False ignores the timeout: Full")

# A blocked put proceeds when a slot frees up.
log = []


def putter():
    b.put(3)
    log.append('put done')


t = threading.Thread(target=putter)
t.start()
time.sleep(0.03)
log.append('getting')
first = b.get()
t.join()
print(log, first, list(b.queue))

# A blocked get gets an item put later.
e = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(e.get(timeout=5)))
t.start()
time.sleep(0.02)
e.put('late item')
t.join()
print(got)

# A negative maxsize is unbounded too.
n = queue.Queue(-1)
for i in range(100):
    n.put_nowait(i)
print(n.qsize(), n.full())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))
