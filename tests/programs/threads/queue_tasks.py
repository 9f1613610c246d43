# Queue.task_done() and Queue.join(): waiting until every item has been processed.
import queue
import threading
import time

q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

processed = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        time.sleep(0.001)
        with lock:
            processed.append(item * 10)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    q.put(i)
q.join()
print("after join:", len(processed), sorted(processed) == [i * 10 for i in range(30)],
      q.unfinished_tasks)
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print("workers done:", q.unfinished_tasks, q.empty())

# join() with nothing put returns at once; unfinished_tasks counts puts, not gets.
q2 = queue.Queue()
q2.join()
q2.put('a')
q2.put('b')
q2.get()
q2.get()
print(q2.unfinished_tasks)
q2.task_done()
q2.task_done()
try:
    q2.task_done()
except ValueError as e:
    print("ValueError", e)

# join() in a thread returns once the main thread marks everything done.
q3 = queue.Queue()
q3.put(1)
joined = threading.Event()
t = threading.Thread(target=lambda: (q3.join(), joined.set()))
t.start()
time.sleep(0.02)
print("joined early:", joined.is_set())
q3.get()
q3.task_done()
t.join()
print("joined:", joined.is_set())
