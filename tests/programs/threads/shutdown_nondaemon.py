# At exit the interpreter waits for non-daemon threads (including ones started while it
# waits) and abandons daemon threads.
import threading
import time


def second():
    time.sleep(0.03)
    print('second non-daemon thread finished')


def first():
    time.sleep(0.05)
    print('first non-daemon thread finished')
    threading.Thread(target=second).start()


def daemon_forever():
    time.sleep(30)
    print('daemon never gets here')


print('main done')
threading.Thread(target=first).start()
threading.Thread(target=daemon_forever, daemon=True).start()
d = threading.Thread(target=daemon_forever)
d.daemon = True
d.start()
