# Stress: 20 threads x 2000 increments each under a Lock, an RLock (taken twice), and a
# Condition; nothing is lost.
import threading

N_THREADS = 20
N_INCR = 2000

counter = 0
lock = threading.Lock()


def inc_lock():
    global counter
    for _ in range(N_INCR):
        with lock:
            counter += 1


rcounter = 0
rlock = threading.RLock()


def inc_rlock():
    global rcounter
    for _ in range(N_INCR // 4):
        with rlock:
            with rlock:
                rcounter += 1


ccounter = 0
cond = threading.Condition()


def inc_cond():
    global ccounter
    for _ in range(N_INCR // 4):
        with cond:
            ccounter += 1
            cond.notify()


for target, name in ((inc_lock, 'lock'), (inc_rlock, 'rlock'), (inc_cond, 'cond')):
    threads = [threading.Thread(target=target) for _ in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(name, 'done', not any(t.is_alive() for t in threads))
print(counter, counter == N_THREADS * N_INCR)
print(rcounter, rcounter == N_THREADS * (N_INCR // 4))
print(ccounter, ccounter == N_THREADS * (N_INCR // 4))
print(threading.active_count())
