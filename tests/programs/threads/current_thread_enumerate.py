# current_thread, main_thread, enumerate, active_count, get_ident, get_native_id.
import threading

main = threading.main_thread()
print(main.name, type(main).__name__, main is threading.current_thread())
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(main.is_alive(), main.daemon)
print(threading.active_count(), [t.name for t in threading.enumerate()])

gate = threading.Event()
ready = threading.Semaphore(0)
info = {}
lock = threading.Lock()


def worker(i):
    me = threading.current_thread()
    with lock:
        info[i] = (me.name, me.ident == threading.get_ident(),
                   me.native_id == threading.get_native_id(),
                   me is not threading.main_thread(), me.is_alive())
    ready.release()
    gate.wait()


threads = [threading.Thread(target=worker, args=(i,), name='w%d' % i) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
gate.set()
for t in threads:
    t.join()
print(sorted(info.items()))
print(threading.active_count(), [t.name for t in threading.enumerate()])
idents = {t.ident for t in threads}
print(len(idents) <= 3, None not in idents)
