# Threads started with _thread: arguments, keyword arguments, results gathered under a lock,
# an uncaught exception reported on stderr, and _count() going back to zero.
import _thread, time, sys

lock = _thread.allocate_lock()
results = []
finished = _thread.allocate_lock()
pending = [0]

def work(k, scale=1):
    total = 0
    for i in range(2000):
        total += i * scale
    with lock:
        results.append((k, total))
        pending[0] -= 1

pending[0] = 6
idents = set()
for k in range(6):
    idents.add(_thread.start_new_thread(work, (k,), {"scale": k}))
while True:
    with lock:
        if pending[0] == 0:
            break
    time.sleep(0.005)
print(sorted(results))
print(len(idents), _thread.get_ident() not in idents)
while _thread._count():
    time.sleep(0.005)
print("count", _thread._count())

def fail():
    raise KeyError("boom")

def quiet_exit():
    raise SystemExit(3)

_thread.start_new_thread(quiet_exit, ())
while _thread._count():
    time.sleep(0.005)
sys.stderr.flush()
print("SystemExit in a thread is silent")
