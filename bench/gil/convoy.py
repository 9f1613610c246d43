"""The convoy effect: an echo server thread sharing the GIL with CPU-bound spinners.

usage: convoy.py SPINNERS [SECONDS] [SWITCH_INTERVAL]

The client runs in a forked process (so it has no GIL to share with anyone): it sends a byte
down a pipe, waits for the echo on another, and counts round trips for SECONDS. The server is
a thread of this process; SPINNERS threads count down in a loop beside it. Prints
'round_trips_per_sec R' and, under ferropy, the server thread's GIL counters.
"""
import os
import sys
import threading
import time

spinners = int(sys.argv[1]) if len(sys.argv) > 1 else 0
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
if len(sys.argv) > 3:
    sys.setswitchinterval(float(sys.argv[3]))

request_r, request_w = os.pipe()
reply_r, reply_w = os.pipe()
result_r, result_w = os.pipe()

pid = os.fork()
if pid == 0:
    # The client: as many round trips as fit in the time, then a zero byte to stop the server.
    trips = 0
    end = time.perf_counter() + seconds
    start = time.perf_counter()
    while time.perf_counter() < end:
        os.write(request_w, b"x")
        os.read(reply_r, 1)
        trips += 1
    elapsed = time.perf_counter() - start
    os.write(request_w, b"\0")
    os.write(result_w, b"%f" % (trips / elapsed))
    os._exit(0)

stop = False


def serve():
    while True:
        byte = os.read(request_r, 1)
        if byte == b"\0" or not byte:
            break
        os.write(reply_w, byte)


def spin():
    n = 0
    while not stop:
        n += 1


try:
    import gil
except ImportError:
    gil = None
server = threading.Thread(target=serve)
workers = [threading.Thread(target=spin) for _ in range(spinners)]
if gil:
    gil.reset_stats()
server.start()
for w in workers:
    w.start()
server.join()
stop = True
for w in workers:
    w.join()
os.waitpid(pid, 0)
rate = float(os.read(result_r, 64))
print("round_trips_per_sec %.0f" % rate)
if gil:
    s = gil.stats()["threads"][server.ident]
    print("server switches %d, waited %.3f s, longest wait %.2f ms" % (s["switches"], s["wait_time"], s["longest_wait"] * 1000))
