# os.fork from a non-main thread while other threads run: in the child, the forking thread is
# the main thread and the only one alive; it can start and join threads of its own.
import os, threading, time

stop = threading.Event()
def idle():
    stop.wait()

idlers = [threading.Thread(target=idle, name="idler-%d" % i) for i in range(2)]
for t in idlers:
    t.start()

def forker():
    pid = os.fork()
    if pid == 0:
        me = threading.current_thread()
        lines = ["child: current is main: %s" % (me is threading.main_thread()),
                 "child: name %s, active %d" % (me.name, threading.active_count()),
                 "child: idlers alive: %s" % [t.is_alive() for t in idlers]]
        box = []
        t = threading.Thread(target=lambda: box.append(threading.current_thread().name), name="child-worker")
        t.start()
        t.join()
        lines.append("child: worker ran as %s" % box)
        os.write(1, ("\n".join(lines) + "\n").encode())
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    result.append(os.waitstatus_to_exitcode(status))

result = []
f = threading.Thread(target=forker, name="forker")
f.start()
f.join()
print("parent: child exited with", result)
print("parent: active", threading.active_count(), sorted(t.name for t in threading.enumerate()))
stop.set()
for t in idlers:
    t.join()
print("parent: active after", threading.active_count())
