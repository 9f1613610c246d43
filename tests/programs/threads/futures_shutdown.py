# ThreadPoolExecutor shutdown: wait, cancel_futures, submitting afterwards; worker
# thread names; initializers (and a failing one); reuse of idle workers.
import io
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, CancelledError, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool

names = set()
lock = threading.Lock()
# Calls wait for this, so that no worker is idle while calls are being submitted (an
# idle worker would be reused rather than a new thread started).
all_submitted = threading.Event()


def record_name(x):
    with lock:
        names.add(threading.current_thread().name)
    all_submitted.wait(5)
    return x


ex = ThreadPoolExecutor(max_workers=2)
it = ex.map(record_name, range(6))
all_submitted.set()
print(sorted(it))
ex.shutdown(wait=True)
print(sorted(names))
try:
    ex.submit(record_name, 1)
except RuntimeError as e:
    print("RuntimeError", e)
ex.shutdown()   # twice is fine

ex2 = ThreadPoolExecutor(2)
print(ex2._thread_name_prefix)
ex2.shutdown()

names.clear()
all_submitted.clear()
with ThreadPoolExecutor(3, thread_name_prefix='pool') as ex:
    it = ex.map(record_name, range(9))
    all_submitted.set()
    list(it)
print(sorted(names))

# cancel_futures: queued calls are cancelled, running ones finish.
gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait(5)
    return 'blocker done'


ex = ThreadPoolExecutor(1)
running = ex.submit(blocker)
started.wait()
queued = [ex.submit(record_name, i) for i in range(3)]
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(running.result(), [f.cancelled() for f in queued])
try:
    queued[0].result()
except CancelledError:
    print("CancelledError")

# shutdown(wait=False) returns at once; the work still completes.
gate.clear()
ex = ThreadPoolExecutor(1)
f = ex.submit(blocker)
ex.shutdown(wait=False)
print("returned, done:", f.done())
gate.set()
print(f.result())

# initializer and initargs run once per worker thread.
inits = []


def init(tag):
    with lock:
        inits.append((tag, threading.current_thread().name))


with ThreadPoolExecutor(2, thread_name_prefix='ini', initializer=init, initargs=('T',)) as ex:
    list(ex.map(record_name, range(4)))
print(sorted(set(inits)) == sorted(inits), all(t == 'T' for t, _ in inits), len(inits) <= 2)

# A failing initializer breaks the pool.
def bad_init():
    raise OSError("no init")


saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    ex = ThreadPoolExecutor(1, initializer=bad_init)
    f = ex.submit(record_name, 1)
    try:
        f.result(timeout=5)
    except BrokenThreadPool as e:
        print("BrokenThreadPool", e)
    try:
        ex.submit(record_name, 2)
    except BrokenExecutor as e:
        print("submit:", type(e).__name__, e)
    ex.shutdown()
finally:
    sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0], '|', lines[-1])

# An idle worker is reused instead of starting a new thread.
ex = ThreadPoolExecutor(5)
for i in range(4):
    ex.submit(record_name, i).result()
    # The worker marks itself idle just after finishing the call.
    deadline = time.monotonic() + 5
    while ex._idle_semaphore._value == 0 and time.monotonic() < deadline:
        time.sleep(0.002)
print("threads started:", len(ex._threads))
ex.shutdown()
