# An executor that is never shut down does not keep the interpreter alive: its workers
# are non-daemon threads, but exit is told to stop them (threading._register_atexit);
# work already queued still completes first.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(2)
print([t.daemon for t in ex._threads])
f = ex.submit(pow, 2, 10)
print(f.result())
print(all(not t.daemon for t in ex._threads), len(ex._threads))


release = threading.Event()


def late():
    release.wait(5)
    time.sleep(0.02)
    print("late task finished")


ex.submit(late)
order = []
threading._register_atexit(order.append, 'first registered')


def report():
    print("threading atexit hooks run in reverse:", order)
    release.set()


threading._register_atexit(report)
print("main done")
