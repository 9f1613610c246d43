# threading.Timer: runs a function after an interval unless cancelled first.
import threading
import time

calls = []
t = threading.Timer(0.02, calls.append, args=['fired'])
print(t.name.startswith('Thread-'), t.interval, t.args, t.kwargs, t.finished.is_set())
t.start()
t.join()
print(calls, t.finished.is_set())

t = threading.Timer(5, calls.append, args=['never'])
t.start()
time.sleep(0.01)
t.cancel()
t.join(2)
print(calls, t.is_alive())

# Cancelled before start: run() still returns at once and calls nothing.
t = threading.Timer(0.01, calls.append, ['cancelled-early'])
t.cancel()
t.start()
t.join()
print(calls)

# kwargs, and a subclass.
out = {}
t = threading.Timer(0, lambda **kw: out.update(kw), kwargs={'a': 1, 'b': 2})
t.start()
t.join()
print(sorted(out.items()))


class Repeating(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


ticks = []
r = Repeating(0.01, ticks.append, args=['tick'])
r.start()
deadline = time.monotonic() + 5
while len(ticks) < 3 and time.monotonic() < deadline:
    time.sleep(0.005)
r.cancel()
r.join()
print(len(ticks) >= 3, set(ticks))
print(threading.Timer.__mro__[1] is threading.Thread)
