# An exit function that raises is reported on stderr ("Exception ignored in atexit
# callback") and the others still run; the exit status is not changed.
import atexit


class Step:
    def __init__(self, n, exc=None):
        self.n = n
        self.exc = exc

    def __call__(self):
        print('step', self.n)
        if self.exc is not None:
            raise self.exc

    def __repr__(self):
        return '<Step %d>' % self.n


class CustomError(Exception):
    pass


def chained():
    try:
        {}['k']
    except KeyError:
        raise ValueError("raised while handling")


class Chained:
    def __call__(self):
        chained()

    def __repr__(self):
        return '<Chained>'


atexit.register(Step(1))
atexit.register(Step(2, ValueError("bad value")))
atexit.register(Chained())
atexit.register(Step(3, CustomError()))
atexit.register(Step(4, SystemExit(7)))
atexit.register(Step(5, KeyError('key')))
atexit.register(Step(6))
print('main done')
