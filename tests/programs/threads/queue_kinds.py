# LifoQueue, PriorityQueue and SimpleQueue, plus subscripting the classes.
import queue
import threading
import time

lifo = queue.LifoQueue()
for i in range(5):
    lifo.put(i)
print([lifo.get() for _ in range(5)], lifo.empty())

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2'), (0, 'z')]:
    pq.put(item)
print([pq.get() for _ in range(5)])
pq = queue.PriorityQueue(maxsize=3)
for n in (5, 3, 9):
    pq.put_nowait(n)
try:
    pq.put_nowait(1)
except queue.Full:
    print("PriorityQueue full")
print(pq.get(), pq.get(), pq.get())
for cls in (queue.LifoQueue, queue.PriorityQueue):
    try:
        cls().get_nowait()
    except queue.Empty:
        print(cls.__name__, "Empty")

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put(2, block=False, timeout=-1)
s.put_nowait(3)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.get(timeout=1))
try:
    s.get_nowait()
except queue.Empty:
    print("SimpleQueue get_nowait: Empty")
try:
    s.get(timeout=0.02)
except queue.Empty:
    print("SimpleQueue get(timeout): Empty")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    s.get(block=False, timeout=-1)
except queue.Empty:
    print("block=False: Empty")
got = []
t = threading.Thread(target=lambda: got.append(s.get()))
t.start()
time.sleep(0.02)
s.put('wake')
t.join()
print(got)
print(not hasattr(s, 'task_done'), not hasattr(s, 'join'))

print(queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue[int].__origin__ is queue.LifoQueue)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(queue.Empty.__name__, queue.Full.__name__)


# Subclassing Queue through its storage hooks.
class SetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = set()

    def _put(self, item):
        self.queue.add(item)

    def _get(self):
        return self.queue.pop()


sq = SetQueue()
for x in (1, 1, 2, 2, 3):
    sq.put(x)
print(sq.qsize(), sorted(sq.get() for _ in range(3)), sq.unfinished_tasks)
