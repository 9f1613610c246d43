# asyncio basics: run, sleep, tasks, gather, wait_for, Queue, Event, Lock, cancellation.
import asyncio


async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()


async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.03, log), worker("b", 0.01, log), worker("c", 0, log))
    print(results)
    print(log)

    t = asyncio.create_task(worker("task", 0.01, log), name="my-task")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())

    async def boom():
        await asyncio.sleep(0)
        raise ValueError("boom")

    try:
        await asyncio.gather(boom(), worker("d", 0.02, log))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather(boom(), asyncio.sleep(0, "slept"), return_exceptions=True))

    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(asyncio.sleep(0.01, "in time"), timeout=1))

    q = asyncio.Queue()

    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)

    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item * item)
        return got

    prod = asyncio.create_task(producer())
    print("consumed", await consumer())
    await prod

    ev = asyncio.Event()

    async def waiter(i):
        await ev.wait()
        return i

    waiters = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("event set?", ev.is_set())
    ev.set()
    print(await asyncio.gather(*waiters))

    lock = asyncio.Lock()
    order = []

    async def critical(i):
        async with lock:
            order.append(f"in {i}")
            await asyncio.sleep(0)
            order.append(f"out {i}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)

    async def long():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("long was cancelled")
            raise

    lt = asyncio.create_task(long())
    await asyncio.sleep(0)
    lt.cancel()
    try:
        await lt
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError", lt.cancelled())

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak concurrency", peak)

    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, 1)), asyncio.create_task(asyncio.sleep(1, 2))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()

    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(asyncio.sleep(0)) if False else "skip")
    print(asyncio.current_task() is not None)
    return "main result"


print(asyncio.run(main()))
try:
    asyncio.run(5)
except ValueError as e:
    print(e)


async def nested_run():
    c = main()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()


asyncio.run(nested_run())
