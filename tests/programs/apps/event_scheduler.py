# Priority-queue based event simulation with heapq and generators
import heapq
class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.seq = 0
    def schedule(self, delay, name, proc):
        self.seq += 1
        heapq.heappush(self.queue, (self.now + delay, self.seq, name, proc))
    def run(self):
        while self.queue:
            self.now, _, name, proc = heapq.heappop(self.queue)
            try:
                delay = next(proc)
            except StopIteration as stop:
                print(f"t={self.now:>3} {name} finished -> {stop.value}")
                continue
            print(f"t={self.now:>3} {name} waits {delay}")
            self.schedule(delay, name, proc)
def worker(name, steps, pause):
    total = 0
    for i in range(steps):
        total += i
        yield pause
    return f"{name} total {total}"
s = Scheduler()
s.schedule(0, "fast", worker("fast", 3, 2))
s.schedule(1, "slow", worker("slow", 2, 5))
s.schedule(4, "once", worker("once", 1, 1))
s.run()
print("final time", s.now)
