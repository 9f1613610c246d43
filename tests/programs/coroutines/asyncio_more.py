# asyncio: timeouts, shield, queues with limits, join/task_done, priority queues, cleanup at exit.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    async with asyncio.timeout(1) as t:
        await asyncio.sleep(0)
    print("not expired:", t.expired())

    async def slow():
        await asyncio.sleep(0.05)
        return "slow done"

    inner = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.01)
    except asyncio.TimeoutError:
        print("shielded wait timed out; inner cancelled?", inner.cancelled())
    print(await inner)

    q = asyncio.Queue(maxsize=2)
    log = []

    async def producer():
        for i in range(5):
            await q.put(i)
            log.append(f"put {i} (size {q.qsize()})")
        await q.join()
        log.append("all processed")

    async def consumer():
        while True:
            item = await q.get()
            await asyncio.sleep(0)
            log.append(f"got {item}")
            q.task_done()

    cons = asyncio.create_task(consumer())
    await producer()
    cons.cancel()
    try:
        await cons
    except asyncio.CancelledError:
        log.append("consumer cancelled")
    print("\n".join(log))
    print(q.empty(), q.full(), str(q))
    q.put_nowait(7)
    print(str(q))
    q.get_nowait()
    q.task_done()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "from call_later")
    print(await fut, fut.done(), fut.result())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print(e)
    f2.cancel()
    print(f2.cancelled(), f2.done())

    async def child(i):
        await asyncio.sleep(0.01 * i)
        if i == 2:
            raise KeyError(i)
        return i

    print(await asyncio.gather(*(child(i) for i in range(4)), return_exceptions=True))

    async def forever():
        try:
            await asyncio.sleep(100)
        finally:
            print("forever task cleaned up at exit")

    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "main done"


print(asyncio.run(main()))
