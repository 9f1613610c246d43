# A tiny event loop written with coroutines only: tasks, sleeping, a queue, gather.
import collections


class _Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


def sleep(ticks=0):
    return _Sleep(ticks)


class Future:
    def __init__(self, loop):
        self.loop = loop
        self.done = False
        self.result = None
        self.exception = None
        self.waiters = []

    def set_result(self, value):
        self.done, self.result = True, value
        self.loop._wake(self)

    def __await__(self):
        while not self.done:
            yield ("wait", self)
        if self.exception is not None:
            raise self.exception
        return self.result


class Task(Future):
    _ids = 0

    def __init__(self, loop, coro, name=None):
        super().__init__(loop)
        Task._ids += 1
        self.coro = coro
        self.name = name or f"task{Task._ids}"

    def __repr__(self):
        return f"<Task {self.name} done={self.done}>"


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = collections.deque()
        self.sleeping = []

    def create_task(self, coro, name=None):
        t = Task(self, coro, name)
        self.ready.append((t, None))
        return t

    def run(self, coro):
        main = self.create_task(coro, "main")
        while not main.done:
            if not self.ready:
                self.sleeping.sort(key=lambda s: s[0])
                wake, _, task = self.sleeping.pop(0)
                self.now = max(self.now, wake)
                self.ready.append((task, None))
                continue
            task, value = self.ready.popleft()
            try:
                request = task.coro.send(value)
            except StopIteration as e:
                task.set_result(e.value)
                continue
            except Exception as e:
                task.done, task.exception = True, e
                self._wake(task)
                continue
            kind, arg = request
            if kind == "sleep":
                if arg == 0:
                    self.ready.append((task, None))
                else:
                    self.sleeping.append((self.now + arg, Task._ids + len(self.sleeping), task))
            elif kind == "wait":
                arg.waiters.append(task)
        if main.exception:
            raise main.exception
        return main.result

    def _wake(self, fut):
        for w in fut.waiters:
            self.ready.append((w, None))
        fut.waiters.clear()


loop = Loop()


async def gather(*aws):
    tasks = [a if isinstance(a, Task) else loop.create_task(a) for a in aws]
    return [await t for t in tasks]


class Queue:
    def __init__(self):
        self.items = collections.deque()
        self.getters = []

    async def get(self):
        while not self.items:
            fut = Future(loop)
            self.getters.append(fut)
            await fut
        return self.items.popleft()

    def put(self, item):
        self.items.append(item)
        if self.getters:
            self.getters.pop(0).set_result(None)


class Event:
    def __init__(self):
        self.fut = Future(loop)

    def set(self):
        self.fut.set_result(True)

    async def wait(self):
        return await self.fut


async def worker(name, delay, times):
    for i in range(times):
        await sleep(delay)
        print(f"t={loop.now} {name} step {i}")
    return f"{name} finished"


async def producer(q, n):
    for i in range(n):
        q.put(i)
        print(f"t={loop.now} produced {i}")
        await sleep(1)
    q.put(None)


async def consumer(q):
    got = []
    while True:
        item = await q.get()
        if item is None:
            return got
        got.append(item * 100)


async def failing():
    await sleep(2)
    raise ValueError("task failed")


async def main():
    results = await gather(worker("a", 1, 3), worker("b", 2, 2), worker("c", 0, 2))
    print(results)
    q = Queue()
    prod = loop.create_task(producer(q, 3))
    print(await consumer(q), prod)
    ev = Event()

    async def setter():
        await sleep(3)
        print(f"t={loop.now} setting event")
        ev.set()

    loop.create_task(setter())
    print("event waited:", await ev.wait(), "at", loop.now)
    try:
        await loop.create_task(failing())
    except ValueError as e:
        print("caught from task:", e)

    async def agen():
        for i in range(3):
            await sleep(1)
            yield i

    print([x async for x in agen()], loop.now)
    return "main done"


print(loop.run(main()))
