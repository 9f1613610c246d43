# The program ends with an uncaught exception: the traceback is printed, then the
# non-daemon threads are joined and the exit functions run; the status is 1.
import atexit
import threading
import time


def late():
    time.sleep(0.05)
    print('thread done')


atexit.register(print, 'exit function')
print('about to fail')
threading.Thread(target=late).start()
raise RuntimeError("uncaught")
