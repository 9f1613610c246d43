# threading.Barrier: indices, the action run once per round, reuse, timeouts, abort and
# reset, and BrokenBarrierError.
import threading
import time


def shape(text):
    head, _, rest = text.partition(' at 0x')
    return head + ' at ADDR' + rest[rest.index(':'):]


print(issubclass(threading.BrokenBarrierError, RuntimeError))
actions = []
b = threading.Barrier(3, action=lambda: actions.append('tripped'))
print(shape(repr(b)), b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def party(rounds):
    for _ in range(rounds):
        i = b.wait()
        with lock:
            indices.append(i)


threads = [threading.Thread(target=party, args=(2,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices), actions, b.n_waiting, b.broken)

# n_waiting while threads wait.
b = threading.Barrier(3)
t1 = threading.Thread(target=b.wait)
t1.start()
deadline = time.monotonic() + 5
while b.n_waiting < 1 and time.monotonic() < deadline:
    time.sleep(0.002)
print("waiting:", b.n_waiting, shape(repr(b)))

# abort(): the waiting thread and later arrivals get BrokenBarrierError.
errors = []


def guarded(barrier, timeout=None):
    try:
        barrier.wait(timeout)
    except threading.BrokenBarrierError:
        with lock:
            errors.append('broken')


b2 = threading.Barrier(2)
g = threading.Thread(target=guarded, args=(b2,))
g.start()
while b2.n_waiting < 1:
    time.sleep(0.002)
b2.abort()
g.join()
print(errors, b2.broken, shape(repr(b2)))
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("after abort:", type(e).__name__, repr(str(e)))
b2.reset()
print("reset:", b2.broken)
t = threading.Thread(target=b2.wait)
t.start()
print("usable again:", b2.wait(2) in (0, 1))
t.join()

# Timeout breaks the barrier for everyone.
errors.clear()
b3 = threading.Barrier(3, timeout=0.05)
threads = [threading.Thread(target=guarded, args=(b3,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("timeout:", errors, b3.broken)

# reset() while a thread waits: it gets BrokenBarrierError, the barrier stays usable.
errors.clear()
b4 = threading.Barrier(2)
g = threading.Thread(target=guarded, args=(b4,))
g.start()
while b4.n_waiting < 1:
    time.sleep(0.002)
b4.reset()
g.join()
print("reset while waiting:", errors, b4.broken)

# An action that raises: its exception goes to the last party, the others see broken.
errors.clear()


def bad_action():
    raise ZeroDivisionError("in action")


b5 = threading.Barrier(2, action=bad_action)
g = threading.Thread(target=guarded, args=(b5,))
g.start()
while b5.n_waiting < 1:
    time.sleep(0.002)
try:
    b5.wait()
except ZeroDivisionError as e:
    print("action raised:", e)
g.join()
print(errors, b5.broken)

# Let t1 finish: two more parties.
t1.join(0.01)
print("t1 still waiting:", t1.is_alive())
t_last = threading.Thread(target=b.wait)
t_last.start()
b.wait()
t1.join()
t_last.join()
print("done", b.n_waiting)
