# Module-level odds and ends of threading: __all__, TIMEOUT_MAX, stack_size,
# settrace/setprofile storage, ThreadError, ExceptHookArgs, Lock/RLock factories.
import threading
import _thread

print(sorted(threading.__all__))
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1000000)
print(threading.stack_size())
print(threading.ThreadError is _thread.error, threading.get_ident is _thread.get_ident)


def tracer(*args):
    return None


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

lock = threading.Lock()
print(type(lock) is type(_thread.allocate_lock()), callable(threading.RLock))
r = threading.RLock()
print(hasattr(r, 'acquire'), hasattr(r, 'release'), hasattr(r, '__enter__'))
print(threading.ExceptHookArgs._fields if hasattr(threading.ExceptHookArgs, '_fields') else
      ('exc_type', 'exc_value', 'exc_traceback', 'thread'))
args = threading.ExceptHookArgs((ValueError, ValueError('v'), None, None))
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread, len(args))
print(isinstance(args, tuple), args[0] is ValueError)
print(threading.main_thread() in threading.enumerate())
print(threading.current_thread().name)
print(issubclass(threading._DummyThread, threading.Thread),
      issubclass(threading._MainThread, threading.Thread))
print(threading.Thread.__init__.__defaults__)
