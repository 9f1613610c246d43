"""Two CPU-bound threads against the same work on one thread.

usage: cpu_bound.py [N]   prints 'one SECONDS', 'two SECONDS', 'ratio R' and, under ferropy,
the GIL's counters for the two-thread run ('stat NAME VALUE').
"""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4_000_000


def count(n):
    while n > 0:
        n -= 1


def timed(jobs):
    threads = [threading.Thread(target=count, args=(n,)) for n in jobs]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


try:
    import gil
except ImportError:
    gil = None

one = min(timed([N]) for _ in range(3))
if gil:
    gil.reset_stats()
two = min(timed([N // 2, N // 2]) for _ in range(3))
print("one %.4f" % one)
print("two %.4f" % two)
print("ratio %.3f" % (two / one))
if gil:
    total = gil.stats()["total"]
    for key in ("switches", "periodic_releases", "drop_requests", "forced_drops", "lost_wakeups"):
        print("stat %s %d" % (key, total[key]))
