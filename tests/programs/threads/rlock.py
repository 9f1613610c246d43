# threading.RLock (and the pure-Python _PyRLock): reentrancy, ownership, and blocking
# other threads until fully released.
import threading
import time

for make in (threading.RLock, threading._PyRLock):
    r = make()
    # (CPython's _PyRLock returns 1 for a nested acquire, the C RLock True.)
    print(bool(r.acquire()), bool(r.acquire()), bool(r.acquire(False)))
    r.release(); r.release()
    out = []
    t = threading.Thread(target=lambda: out.append(r.acquire(False)))
    t.start(); t.join()
    print("other thread while held:", out)
    r.release()
    try:
        r.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    with r:
        with r:
            pass
    t = threading.Thread(target=lambda: out.append(r.acquire(False)))
    t.start(); t.join()
    print("other thread after release:", out)
    # r is now held by the (finished) thread; a release from here fails.
    try:
        r.release()
    except RuntimeError as e:
        print("not owner:", e)

    # Blocking acquire waits for the owner to release all levels.
    r = make()
    r.acquire(); r.acquire()
    log = []

    def taker():
        with r:
            log.append('taken')

    t = threading.Thread(target=taker)
    t.start()
    time.sleep(0.02)
    r.release()
    time.sleep(0.02)
    log.append('one level left')
    r.release()
    t.join()
    print(log)
    print(r.acquire(timeout=0.01))
    r.release()
