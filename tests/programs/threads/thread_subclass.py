# Subclassing Thread: overriding run(), extra attributes, and what happens when
# Thread.__init__ is not called.
import threading


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name='counter-%d' % n)
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


threads = [Counter(n) for n in (10, 100, 1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([(t.name, t.total) for t in threads])


class NoInit(threading.Thread):
    def __init__(self):
        pass

    def run(self):
        print("never")


t = NoInit()
for action in (t.start, t.join):
    try:
        action()
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    t.daemon = True
except RuntimeError as e:
    print(type(e).__name__, e)
for attr in ('name', 'daemon', 'ident'):
    try:
        getattr(t, attr)
    except AssertionError as e:
        print('AssertionError', e)
try:
    t.is_alive()
except AssertionError as e:
    print('AssertionError', e)
try:
    repr(t)
except AssertionError as e:
    print('AssertionError', e)


# run() overridden and also given a target: run wins.
class Override(threading.Thread):
    def run(self):
        self.result = 'run-override'


o = Override(target=lambda: print('target'))
o.start()
o.join()
print(o.result, o.name.startswith('Thread-'), o.name.endswith('(<lambda>)'))


# A subclass calling the base run() gets the target called.
class Wrapped(threading.Thread):
    def run(self):
        log.append('before')
        super().run()
        log.append('after')


log = []
w = Wrapped(target=log.append, args=('target',))
w.start()
w.join()
print(log)
print(type(w).__name__, isinstance(w, threading.Thread))
