# Stress: many small calls through a ThreadPoolExecutor; results, as_completed and
# wait all agree.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

lock = threading.Lock()
calls = 0


def work(n):
    global calls
    with lock:
        calls += 1
    return sum(range(n))


with ThreadPoolExecutor(max_workers=8) as ex:
    futures = [ex.submit(work, n) for n in range(300)]
    total = sum(f.result() for f in as_completed(futures))
    done, not_done = wait(futures)
    mapped = list(ex.map(work, range(300)))
    workers = len(ex._threads)
print(total == sum(sum(range(n)) for n in range(300)), len(done), len(not_done))
print(mapped == [sum(range(n)) for n in range(300)], calls, 1 <= workers <= 8)
print(threading.active_count())
