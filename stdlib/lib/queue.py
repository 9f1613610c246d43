"""queue: synchronized queues for passing items between threads.

Queue (FIFO), LifoQueue, PriorityQueue (lowest first, via heapq) and SimpleQueue (FIFO,
unbounded, without task tracking); Empty and Full are raised by the non-blocking and
timed operations. All of them are built on one threading.Lock per queue with conditions
for "not empty", "not full" and "all tasks done".
"""

import threading
import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


_generic_alias = types.GenericAlias


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


# CPython defines Empty (and SimpleQueue) in its C accelerator _queue: report the same
# qualified names (tracebacks, reprs).
Empty.__module__ = '_queue'


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the queue; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken from the queue as processed (for join())."""
        with self.all_tasks_done:
            remaining = self.unfinished_tasks - 1
            if remaining < 0:
                raise ValueError('task_done() called too many times')
            if remaining == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = remaining

    def join(self):
        """Block until every item put in the queue has been marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate size of the queue."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is empty (at this moment)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is full (at this moment)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue, waiting (at most `timeout` seconds if given) for a
        free slot when the queue is bounded and full; raises Full if none came (or at
        once when block is false)."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (at most `timeout` seconds if given) for one
        to arrive; raises Empty if none came (or at once when block is false)."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = time() + timeout
                while not self._qsize():
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)"""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)"""
        return self.get(block=False)

    # The storage; subclasses change these four.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_generic_alias)


class PriorityQueue(Queue):
    """A queue that hands out the lowest item first (entries are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue, without task_done()/join()."""

    def __init__(self):
        self._queue = deque()
        self._cond = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue; never blocks (block and timeout are accepted for
        compatibility with Queue.put)."""
        with self._cond:
            self._queue.append(item)
            self._cond.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (at most `timeout` seconds if given) for one;
        raises Empty if none came (or at once when block is false)."""
        if block and timeout is not None:
            _check_timeout(timeout)
        with self._cond:
            if not self._queue:
                if not block:
                    raise Empty
                if timeout is None:
                    while not self._queue:
                        self._cond.wait()
                else:
                    deadline = time() + timeout
                    while not self._queue:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Empty
                        self._cond.wait(remaining)
            return self._queue.popleft()

    def put_nowait(self, item):
        """put(item, block=False)"""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)"""
        return self.get(False)

    def empty(self):
        """True if the queue is empty (at this moment)."""
        return len(self._queue) == 0

    def qsize(self):
        """The approximate size of the queue."""
        return len(self._queue)

    __class_getitem__ = classmethod(_generic_alias)


SimpleQueue.__module__ = '_queue'
