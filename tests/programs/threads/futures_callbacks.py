# Future state machine used directly, done callbacks (including ones that raise),
# cancel(), and InvalidStateError.
import io
import sys
import threading
from concurrent.futures import Future, CancelledError, InvalidStateError, ThreadPoolExecutor
import concurrent.futures as cf


def shape(r):
    # '<Future at 0x7f... state=finished returned int>' without the address
    head, _, rest = r.partition(' at 0x')
    return head + ' at ADDR' + rest[rest.index(' '):]


f = Future()
print(shape(repr(f)), f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(('cb1', fut.result())))
f.add_done_callback(lambda fut: calls.append(('cb2', fut is f)))
print(f.set_running_or_notify_cancel(), shape(repr(f)), f.running())
print(f.cancel(), f.cancelled())
f.set_result(42)
print(shape(repr(f)), calls)
f.add_done_callback(lambda fut: calls.append(('late', fut.result())))
print(calls[-1])
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError", shape(str(e)))
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print("InvalidStateError", shape(str(e)))
saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError", e)
finally:
    sys.stderr = saved
# The log line names the future by id(); keep its shape.
words = buf.getvalue().split()
print(words[0], words[1].isdigit(), words[2:])

e = Future()
e.set_exception(OSError(2, 'gone'))
print(shape(repr(e)), type(e.exception()).__name__, e.done())
try:
    e.result()
except OSError as err:
    print("raised:", err)

c = Future()
c.add_done_callback(lambda fut: calls.append(('cancel-cb', fut.cancelled())))
print(c.cancel(), c.cancel(), c.cancelled(), c.done(), shape(repr(c)))
print(calls[-1])
for get in (c.result, c.exception):
    try:
        get()
    except CancelledError as err:
        print("CancelledError", type(err).__mro__[1].__name__)
print(c.set_running_or_notify_cancel(), shape(repr(c)))
try:
    c.set_result(1)
except InvalidStateError as err:
    print("InvalidStateError", shape(str(err)))

# A callback that raises is reported on stderr; the others still run.
saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    g = Future()
    g.add_done_callback(lambda fut: 1 / 0)
    g.add_done_callback(lambda fut: calls.append('after-bad'))
    g.set_result('x')
    g.add_done_callback(lambda fut: {}['immediate'])
finally:
    sys.stderr = saved
lines = buf.getvalue().splitlines()
print(calls[-1])
print([shape(l) for l in lines if l.startswith('exception calling callback for')])
print([l for l in lines if l.startswith(('ZeroDivisionError', 'KeyError'))])

# Callbacks run in the thread that completes the future.
with ThreadPoolExecutor(1, thread_name_prefix='cbpool') as ex:
    names = []
    gate = threading.Event()
    fut = ex.submit(gate.wait, 5)
    fut.add_done_callback(lambda _: names.append(threading.current_thread().name))
    gate.set()
    fut.result()
print(names)
print(issubclass(CancelledError, cf._base.Error), issubclass(InvalidStateError, cf._base.Error))
print(issubclass(cf.BrokenExecutor, RuntimeError))
print(Future[int])
