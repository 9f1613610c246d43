# _thread.lock and _thread.RLock: their methods, errors and reprs (addresses removed).
import _thread

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock).__module__, _thread.LockType is type(lock))
print(repr(lock).split(" at ")[0])
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01), lock.acquire(timeout=0))
print(repr(lock).split(" at ")[0])
lock.release()
show(lock.release)
show(lambda: lock.acquire(False, 1))
show(lambda: lock.acquire(True, -2))
show(lambda: lock.acquire(timeout=1e10))
show(lambda: lock.acquire(bogus=1))
show(_thread.LockType)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock())
lock._at_fork_reinit()
print(lock.locked())

r = _thread.RLock()
print(repr(r).split(" at ")[0])
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).split(" owner=")[0], repr(r).split(" count=")[1].split(" ")[0])
r.release()
r.release()
show(r.release)
with r:
    with r:
        print("nested", r._recursion_count())
state = (r.acquire(), r._release_save())[1]
print(state[0], r._is_owned())
r._acquire_restore(state)
print(r._is_owned(), r._recursion_count())
r.release()

class MyRLock(_thread.RLock):
    pass
m = MyRLock()
print(repr(m).split(" object")[0])
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError)
show(lambda: _thread.stack_size(100))
show(lambda: _thread.stack_size(-1))
print(_thread.stack_size(), _thread.stack_size(0))
show(lambda: _thread.start_new_thread(1, ()))
show(lambda: _thread.start_new_thread(print, []))
show(lambda: _thread.start_new_thread(print, (), []))
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
print(isinstance(_thread.get_ident(), int), isinstance(_thread.get_native_id(), int), _thread._count())
