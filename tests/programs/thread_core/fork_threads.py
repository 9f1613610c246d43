# fork while other threads run: the child has only the forking thread, which can start threads
# of its own; the parent's threads carry on.
import os, _thread, time

stop = []
def spinner():
    while not stop:
        time.sleep(0.001)

for _ in range(3):
    _thread.start_new_thread(spinner, ())
time.sleep(0.02)
print("parent threads:", _thread._count(), flush=True)
pid = os.fork()
if pid == 0:
    out = ["child threads: %d" % _thread._count()]
    box = []
    lock = _thread.allocate_lock()
    lock.acquire()
    def child_worker():
        box.append(sum(range(100)))
        lock.release()
    _thread.start_new_thread(child_worker, ())
    lock.acquire()
    out.append("child worker: %d" % box[0])
    os.write(1, ("\n".join(out) + "\n").encode())
    os._exit(0)
_, status = os.waitpid(pid, 0)
print("child status:", os.waitstatus_to_exitcode(status))
stop.append(1)
while _thread._count():
    time.sleep(0.001)
print("parent threads after:", _thread._count())
