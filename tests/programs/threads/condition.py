# threading.Condition: wait/notify, wait timeouts, wait_for, notify(n), notify_all,
# errors when the lock is not held, and a Condition over a plain Lock.
import threading
import time

cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print(e)
try:
    cond.notify()
except RuntimeError as e:
    print(e)
try:
    cond.notify_all()
except RuntimeError as e:
    print(e)

with cond:
    print("wait(0.02):", cond.wait(0.02))
    print("wait(0):", cond.wait(0))
    print("wait(-1):", cond.wait(-1))
    print("wait_for true:", cond.wait_for(lambda: 'yes'))
    print("wait_for timeout:", cond.wait_for(lambda: 0, timeout=0.02))
    print("notify with no waiters is fine")
    cond.notify(3)

# A reentrant lock held twice is fully released while waiting.
with cond:
    with cond:
        got = []
        t = threading.Thread(target=lambda: (cond.acquire(), got.append('in'), cond.notify(), cond.release()))
        t.start()
        print("waited:", cond.wait(2), got)
        t.join()

# notify(n) wakes n waiters; notify_all the rest.
woken = []
count_lock = threading.Lock()
waiting = threading.Semaphore(0)


def waiter(i):
    with cond:
        waiting.release()
        ok = cond.wait(5)
        with count_lock:
            woken.append((i, ok))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for _ in threads:
    waiting.acquire()
with cond:      # every waiter is inside wait() once it released the lock
    cond.notify(2)
deadline = time.monotonic() + 5
while len(woken) < 2 and time.monotonic() < deadline:
    time.sleep(0.002)
time.sleep(0.02)    # give a wrongly woken third waiter a chance to show up
with count_lock:
    print("after notify(2):", len(woken))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all:", len(woken), all(ok for _, ok in woken))

# wait_for with a predicate that becomes true.
items = []


def producer():
    for i in range(5):
        time.sleep(0.005)
        with cond:
            items.append(i)
            cond.notify()


t = threading.Thread(target=producer)
t.start()
with cond:
    print("wait_for result:", cond.wait_for(lambda: len(items) == 5, timeout=5))
t.join()
print(items)

# Over a plain Lock.
plain = threading.Condition(threading.Lock())
with plain:
    print("plain wait:", plain.wait(0.01))
try:
    plain.wait()
except RuntimeError as e:
    print("plain:", e)
print(plain.acquire(), plain.acquire(False))
plain.release()
