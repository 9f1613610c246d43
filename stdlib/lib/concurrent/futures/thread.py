"""ThreadPoolExecutor: runs the submitted calls on a pool of worker threads.

Workers are started on demand (one per submit() while none is idle, up to max_workers)
and take work items from one shared SimpleQueue; None on the queue means "look whether
to stop". The workers are not daemon threads, but they do not keep the interpreter
alive: threading._shutdown() first calls _python_exit (registered with
threading._register_atexit), which wakes every worker so that it finishes the queued
work and exits.
"""

import os
import queue
import threading
from concurrent.futures import _base

# The workers still running, with their work queues.
_threads_queues = {}
_shutdown = False
# Keeps submit() from adding work once _python_exit has started.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return      # cancelled while queued
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # The future holds the exception; drop our cycle through its traceback.
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(_base._generic_alias)


def _worker(executor, work_queue, initializer, initargs):
    me = threading.current_thread()
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._log_exception('Exception in initializer:')
                executor._initializer_failed()
                return
        try:
            while True:
                work_item = work_queue.get(block=True)
                if work_item is not None:
                    work_item.run()
                    del work_item
                    # One more idle worker: the next submit() need not start a thread.
                    executor._idle_semaphore.release()
                    continue
                # Woken up: stop if the interpreter or the executor is shutting down.
                if _shutdown or executor._shutdown:
                    executor._shutdown = True
                    # Pass the wake-up on to the next worker.
                    work_queue.put(None)
                    return
        except BaseException:
            _base._log_exception('Exception in worker')
    finally:
        _threads_queues.pop(me, None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs calls on a pool of at most max_workers threads."""

    _counter_lock = threading.Lock()
    _counter_next = 0

    @classmethod
    def _counter(cls):
        # The number in the default thread name prefix; one sequence for all pools.
        with ThreadPoolExecutor._counter_lock:
            n = ThreadPoolExecutor._counter_next
            ThreadPoolExecutor._counter_next = n + 1
        return n

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers defaults to min(32, os.cpu_count() + 4); the threads are named
        thread_name_prefix + '_N' (the prefix defaults to 'ThreadPoolExecutor-K');
        initializer(*initargs) runs first in each worker thread."""
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the item: no new thread.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue, self._initializer,
                                       self._initargs))
            _threads_queues[t] = self._work_queue
            t.start()
            self._threads.add(t)

    def _take_queued(self):
        """Removes and returns the work items no worker has started."""
        items = []
        while True:
            try:
                work_item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if work_item is not None:
                items.append(work_item)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail the queued calls.
            for work_item in self._take_queued():
                work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel what has not started yet.
                for work_item in self._take_queued():
                    work_item.future.cancel()
            # Wake a worker blocked on the queue; each one passes it on.
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
