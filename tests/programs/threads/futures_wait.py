# concurrent.futures.wait (the three return_when modes, timeouts) and as_completed
# (completion order, duplicates, timeout).
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed, Future,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                TimeoutError)


def sleep_return(d, v):
    time.sleep(d)
    return v


def sleep_fail(d):
    time.sleep(d)
    raise KeyError('k')


print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(sleep_return, d, v) for d, v in [(0.01, 'a'), (0.02, 'b'), (0.03, 'c')]]
    res = wait(fs)
    print(type(res).__name__, res._fields, len(res.done), len(res.not_done))
    print(sorted(f.result() for f in res.done))

    gate = threading.Event()
    quick = ex.submit(sleep_return, 0, 'quick')
    blocked = ex.submit(gate.wait, 5)
    done, not_done = wait([quick, blocked], return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], len(not_done))
    done, not_done = wait([blocked], timeout=0.02)
    print("timeout:", len(done), len(not_done))
    gate.set()
    blocked.result()

    gate2 = threading.Event()
    bad = ex.submit(sleep_fail, 0.01)
    stuck = ex.submit(gate2.wait, 5)
    done, not_done = wait([bad, stuck], return_when=FIRST_EXCEPTION)
    print("first exception:", [type(f.exception()).__name__ for f in done], len(not_done))
    gate2.set()
    # FIRST_EXCEPTION without exceptions waits for all.
    fs = [ex.submit(sleep_return, 0.01 * i, i) for i in range(3)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("no exception:", sorted(f.result() for f in done), len(not_done))
    # Already done futures return at once.
    done, not_done = wait(fs, timeout=0)
    print("already done:", len(done), len(not_done))

    # as_completed yields in completion order: each call waits for the previous one to
    # have been yielded.
    after_fast, after_mid = threading.Event(), threading.Event()
    fs = [ex.submit(lambda: after_mid.wait(5) and 'slow'), ex.submit(lambda: 'fast'),
          ex.submit(lambda: after_fast.wait(5) and 'mid')]
    order = []
    for f in as_completed(fs):
        order.append(f.result())
        (after_fast if len(order) == 1 else after_mid).set()
    print(order)
    # Duplicates are yielded once; finished futures first.
    f1 = ex.submit(sleep_return, 0, 1)
    f1.result()
    print([f.result() for f in as_completed([f1, f1, f1])])

    gate3 = threading.Event()
    fs = [ex.submit(sleep_return, 0, 'ok'), ex.submit(gate3.wait, 5)]
    fs[0].result()
    got = []
    try:
        for f in as_completed(fs, timeout=0.05):
            got.append(f.result())
    except TimeoutError as e:
        print("as_completed timeout:", got, e)
    gate3.set()

# Futures not attached to any executor.
a, b = Future(), Future()
t = threading.Timer(0.02, b.set_result, ['from timer'])
t.start()
a.set_result('ready')
print([f.result() for f in as_completed([a, b])])
t.join()
c = Future()
c.cancel()
res = wait([c], timeout=0.01)
print(res.done, [f.cancelled() for f in res.not_done])
