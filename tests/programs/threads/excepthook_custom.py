# threading.excepthook can be replaced; it receives ExceptHookArgs. A hook that raises
# gets "Exception in threading.excepthook:" printed. __excepthook__ keeps the original.
import io
import sys
import threading

print(threading.excepthook is threading.__excepthook__)
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name,
                 args.exc_value.__traceback__ is args.exc_traceback or
                 args.exc_traceback is not None))
    # Also a tuple of 4.
    seen.append(len(tuple(args)))


def boom(msg):
    raise LookupError(msg)


threading.excepthook = hook
for i in range(3):
    t = threading.Thread(target=boom, args=('m%d' % i,), name='T%d' % i)
    t.start()
    t.join()
t = threading.Thread(target=sys.exit, args=(5,), name='exiter')
t.start()
t.join()
for s in seen:
    print(s)


def bad_hook(args):
    raise TypeError("hook failed")


threading.excepthook = bad_hook
saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    t = threading.Thread(target=boom, args=('x',), name='bad')
    t.start()
    t.join()
finally:
    sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[-1])

# Restored: the default hook again, called directly with our own arguments.
threading.excepthook = threading.__excepthook__
sys.stderr = buf = io.StringIO()
try:
    try:
        raise ValueError("direct")
    except ValueError:
        args = threading.ExceptHookArgs([*sys.exc_info(), None])
        threading.excepthook(args)
    args = threading.ExceptHookArgs([SystemExit, SystemExit(1), None, None])
    threading.excepthook(args)
finally:
    sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0].startswith('Exception in thread '), lines[-1])
print(args.exc_type, args.thread)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print('TypeError')
