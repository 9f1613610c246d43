# The deprecated camelCase aliases still work and warn (DeprecationWarning, shown by the
# default filters only when called from __main__, once per location).
import threading
import _deprecated_helper

t = threading.Thread(name='old-style')
print(t.getName())
t.setName('renamed')
print(t.name)
print(t.isDaemon())
t.setDaemon(True)
print(t.daemon)
print(threading.currentThread() is threading.current_thread())
print(threading.activeCount() == threading.active_count())
c = threading.Condition()
with c:
    c.notifyAll()
e = threading.Event()
print(e.isSet())

# The same call site twice: shown once.
for i in range(3):
    t.getName()

# From another module: not shown.
print(_deprecated_helper.call_all())

# Errors still come through the alias.
t.start()
try:
    t.setDaemon(False)
except RuntimeError as err:
    print("RuntimeError", err)
t.join()
