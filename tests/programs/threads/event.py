# threading.Event: set/clear/is_set, wait with and without timeouts, many waiters.
import threading
import time


def shape(text):
    head, _, rest = text.partition(' at 0x')
    return head + ' at ADDR' + rest[rest.index(':'):]


e = threading.Event()
print(shape(repr(e)), e.is_set())
start = time.monotonic()
print(e.wait(0.03), time.monotonic() - start >= 0.02)
print(e.wait(0), e.wait(-1))
e.set()
print(shape(repr(e)), e.is_set(), e.wait(), e.wait(0))
e.set()
e.clear()
print(e.is_set(), e.wait(0.001))

results = []
lock = threading.Lock()


def waiter(i):
    ok = e.wait(5)
    with lock:
        results.append((i, ok))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
time.sleep(0.02)
print("before set:", results)
e.set()
for t in threads:
    t.join()
print("after set:", sorted(results))

# Timed waits in threads that nobody sets.
never = threading.Event()
timed = []
threads = [threading.Thread(target=lambda: timed.append(never.wait(0.02))) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(timed)

# Ping-pong between two threads with two events.
ping, pong = threading.Event(), threading.Event()
log = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append('pong %d' % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append('ping %d' % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)
