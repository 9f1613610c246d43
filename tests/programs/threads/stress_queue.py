# Stress: producers and consumers over a small bounded Queue; every item arrives exactly
# once; also a LifoQueue and a SimpleQueue fan-in.
import queue
import threading

PRODUCERS = 4
CONSUMERS = 4
PER_PRODUCER = 500

q = queue.Queue(maxsize=10)
received = []
lock = threading.Lock()


def producer(p):
    for i in range(PER_PRODUCER):
        q.put((p, i))


def consumer():
    local = []
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        local.append(item)
        q.task_done()
    with lock:
        received.extend(local)


consumers = [threading.Thread(target=consumer) for _ in range(CONSUMERS)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(received), len(set(received)), sorted(received) == [(p, i) for p in range(PRODUCERS) for i in range(PER_PRODUCER)])
# Each producer's items were consumed in order relative to each other per consumer.
print(q.qsize(), q.unfinished_tasks)

# Fan-in on a SimpleQueue.
sq = queue.SimpleQueue()
workers = [threading.Thread(target=lambda k=k: [sq.put(k * 1000 + j) for j in range(300)]) for k in range(6)]
for t in workers:
    t.start()
for t in workers:
    t.join()
items = []
while not sq.empty():
    items.append(sq.get_nowait())
print(len(items), sum(items) == sum(k * 1000 + j for k in range(6) for j in range(300)))

# LifoQueue shared by threads.
lq = queue.LifoQueue(maxsize=5)
out = []


def lifo_consumer():
    for _ in range(200):
        out.append(lq.get())


c = threading.Thread(target=lifo_consumer)
c.start()
for i in range(200):
    lq.put(i)
c.join()
print(len(out), sorted(out) == list(range(200)))
