# Default thread names share one counter: Thread-N, Thread-N (target), Timer threads
# and Dummy-N threads all take the next number; explicit names take none.
import threading
import _thread
import time


def job():
    pass


names = []
names.append(threading.Thread().name)
names.append(threading.Thread(target=job).name)
names.append(threading.Thread(name='explicit').name)
names.append(threading.Thread(target=job).name)
names.append(threading.Timer(1, job).name)

done = threading.Event()
seen = {}


def foreign():
    me = threading.current_thread()
    seen['name'] = me.name
    seen['type'] = type(me).__name__
    seen['daemon'] = me.daemon
    seen['alive'] = me.is_alive()
    seen['same'] = threading.current_thread() is me
    seen['listed'] = me in threading.enumerate()
    try:
        me.join()
    except AssertionError as e:
        seen['join'] = str(e)
    done.set()


_thread.start_new_thread(foreign, ())
done.wait()
names.append(seen['name'])
names.append(threading.Thread(target=job).name)
print(names)
print(sorted(seen.items()))


class Named:
    __name__ = 'custom'

    def __call__(self):
        pass


print(threading.Thread(target=Named()).name)
print(threading.Thread(target=print).name)
print(threading.Thread(target=str.upper).name)
