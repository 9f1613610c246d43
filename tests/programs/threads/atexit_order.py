# atexit: functions run at exit in reverse order of registration, after the non-daemon
# threads have finished; arguments, the decorator form, unregister.
import atexit
import threading
import time


def bye(name, *, punct='!'):
    print('bye', name + punct)


atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')


@atexit.register
def decorated():
    print('decorated')


def removed():
    print('never printed')


atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
atexit.unregister(removed)      # nothing left to remove: fine
print(atexit.register(print, 'registered print') is print)
try:
    atexit.register('not callable')
except TypeError as e:
    print("TypeError:", e)


class Once:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return isinstance(other, Once) and other.tag == self.tag

    __hash__ = object.__hash__

    def __call__(self):
        print('Once', self.tag)


atexit.register(Once('a'))
atexit.register(Once('b'))
atexit.unregister(Once('a'))    # equal, not identical: removed too


main_done = threading.Event()


def worker():
    main_done.wait(5)
    time.sleep(0.02)
    print('worker finished before the exit functions')


threading.Thread(target=worker).start()
# An exit function may register another; it is not run.
atexit.register(lambda: atexit.register(bye, 'too late'))
print('main done')
main_done.set()
