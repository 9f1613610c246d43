# join() with timeouts: returns when the time is up with the thread still alive, and
# later succeeds; a timeout of 0 or a negative one only looks.
import threading
import time

release = threading.Event()


def slow():
    release.wait()
    time.sleep(0.01)


t = threading.Thread(target=slow)
t.start()
start = time.monotonic()
t.join(0.05)
elapsed = time.monotonic() - start
print("alive after join(0.05):", t.is_alive(), elapsed >= 0.04)
t.join(0)
print("alive after join(0):", t.is_alive())
t.join(-1)
print("alive after join(-1):", t.is_alive())
release.set()
t.join(5)
print("alive after join(5):", t.is_alive())
t.join()
t.join(0)
print("joined again fine")

# join() on a finished thread returns immediately.
quick = threading.Thread(target=lambda: None)
quick.start()
time.sleep(0.02)
start = time.monotonic()
quick.join()
print("quick join fast:", time.monotonic() - start < 0.5, quick.is_alive())

# Several threads joining the same thread.
gate = threading.Event()
target = threading.Thread(target=gate.wait)
target.start()
joined = []
lock = threading.Lock()


def joiner(i):
    target.join()
    with lock:
        joined.append(i)


joiners = [threading.Thread(target=joiner, args=(i,)) for i in range(4)]
for j in joiners:
    j.start()
time.sleep(0.02)
print("joined before release:", joined)
gate.set()
for j in joiners:
    j.join()
print("joined after release:", sorted(joined))
