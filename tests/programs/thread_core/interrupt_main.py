# Ctrl-C (SIGINT sent to the process) raises KeyboardInterrupt in the main thread, also while
# it is blocked waiting for a lock or sleeping; _thread.interrupt_main() does the same for a
# main thread that is running code.
import _thread, time, os

lock = _thread.allocate_lock()
lock.acquire()

def ctrl_c():
    time.sleep(0.05)
    os.kill(os.getpid(), 2)

def poke():
    time.sleep(0.05)
    _thread.interrupt_main()

_thread.start_new_thread(ctrl_c, ())
try:
    lock.acquire()
    print("acquired?")
except KeyboardInterrupt:
    print("KeyboardInterrupt while waiting in acquire")

_thread.start_new_thread(ctrl_c, ())
try:
    time.sleep(5)
except KeyboardInterrupt:
    print("KeyboardInterrupt while sleeping")

_thread.start_new_thread(poke, ())
try:
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt while computing")
_thread.start_new_thread(ctrl_c, ())
lock.acquire()
