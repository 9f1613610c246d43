# Ctrl-C while the main thread waits in Thread.join() and Event.wait(): KeyboardInterrupt is
# raised there, and the threads are still fine afterwards.
import threading, os, time

def ctrl_c():
    time.sleep(0.05)
    os.kill(os.getpid(), 2)

stop = threading.Event()
t = threading.Thread(target=stop.wait, daemon=True)
t.start()
threading.Thread(target=ctrl_c).start()
try:
    t.join()
except KeyboardInterrupt:
    print("KeyboardInterrupt while joining; alive:", t.is_alive())

threading.Thread(target=ctrl_c).start()
try:
    threading.Event().wait()
except KeyboardInterrupt:
    print("KeyboardInterrupt while waiting for an event")

stop.set()
t.join()
print("joined; alive:", t.is_alive())
