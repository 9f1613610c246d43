# Used by thread_deprecated.py: deprecated calls made from a module other than
# __main__ are ignored by the default warning filters.
import threading


def call_all():
    t = threading.Thread(name='helper')
    t.setName(t.getName() + '!')
    t.setDaemon(not t.isDaemon())
    threading.currentThread()
    threading.activeCount()
    return t.name, t.daemon
