# A lock released by another thread than the one that took it (allowed for _thread.lock), a
# blocking acquire that waits for it, and acquire with a timeout that expires.
import _thread, time

gate = _thread.allocate_lock()
gate.acquire()
log = []
done = _thread.allocate_lock()
done.acquire()

def opener():
    log.append("opener runs")
    time.sleep(0.05)
    log.append("opening")
    gate.release()

def waiter():
    gate.acquire()
    log.append("waiter passed")
    done.release()

_thread.start_new_thread(waiter, ())
_thread.start_new_thread(opener, ())
done.acquire()
print(log[-2:])
print(gate.locked())
t0 = time.monotonic()
print(gate.acquire(timeout=0.05))
print(time.monotonic() - t0 >= 0.04)
