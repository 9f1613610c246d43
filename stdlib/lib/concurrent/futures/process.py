"""ProcessPoolExecutor: not available in ferropy yet (it needs processes and pickling)."""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly."""


class ProcessPoolExecutor(_base.Executor):
    """Not implemented in ferropy: constructing one raises NotImplementedError."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError("ProcessPoolExecutor is not supported by ferropy yet")
