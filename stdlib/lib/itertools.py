"""Functional tools for creating and using iterators.

Infinite iterators: count, cycle, repeat.
Iterators terminating on the shortest input sequence: accumulate, chain,
compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap,
takewhile, tee, zip_longest.
Combinatoric generators: product, permutations, combinations,
combinations_with_replacement.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_marker = object()


def _as_index(value):
    """Convert value with __index__ to int, with CPython's error text."""
    if isinstance(value, int):
        return int(value)
    try:
        meth = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return meth(value)


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


class _Iter:
    """Base class: an iterator that delegates to a generator self._gen."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


# ---- infinite iterators --------------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive
    values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)


class cycle(_Iter):
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._cnt = None
        else:
            times = _as_index(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt is None:
            return self._obj
        if self._cnt <= 0:
            raise StopIteration
        self._cnt -= 1
        return self._obj

    def __length_hint__(self):
        if self._cnt is None:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt is None:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._cnt)


# ---- terminating iterators -------------------------------------------------------

class accumulate(_Iter):
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is not None:
            yield total
        else:
            try:
                total = next(it)
            except StopIteration:
                return
            yield total
        for element in it:
            if func is None:
                total = total + element
            else:
                total = func(total, element)
            yield total


class chain(_Iter):
    """Return a chain object whose .__next__() method returns elements from
    the first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iter(iterable)

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self


class compress(_Iter):
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_Iter):
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class takewhile(_Iter):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_Iter):
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        if function is None:
            function = bool
        for x in it:
            if not function(x):
                yield x


class starmap(_Iter):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            if type(args) is not tuple:
                args = tuple(args)
            yield function(*args)


class pairwise(_Iter):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ...
    """

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class zip_longest(_Iter):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument.  Missing
    values are replaced by fillvalue."""

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.
    """

    def __init__(self, *args):
        nargs = len(args)
        if nargs < 2:
            raise TypeError('islice expected at least 2 arguments, got %d'
                            % nargs)
        if nargs > 4:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % nargs)
        start = 0
        stop = None
        step = 1
        stop_msg = ('Stop argument for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.')
        if nargs == 2:
            if args[1] is not None:
                stop = self._ssize(args[1])
                if stop == -1:
                    raise ValueError(stop_msg)
        else:
            if args[1] is not None:
                start = self._ssize(args[1])
            if args[2] is not None:
                stop = self._ssize(args[2])
                if stop == -1:
                    raise ValueError(stop_msg)
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if nargs == 4 and args[3] is not None:
            step = self._ssize(args[3])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    @staticmethod
    def _ssize(value):
        # Like PyNumber_AsSsize_t: -1 signals an unusable value.
        try:
            value = _as_index(value)
        except TypeError:
            return -1
        if value > _sys.maxsize:
            return _sys.maxsize
        return value

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop is not None and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class groupby:
    """make an iterator that returns consecutive keys and groups from the
    iterable.

    iterable
      Elements to divide into groups according to the key function.
    key
      A function for computing the group category for each element.
      If the key function is not specified or is None, the element itself
      is used for grouping.
    """

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _marker:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _marker
        parent._currkey = _marker
        return value



# ---- tee --------------------------------------------------------------------------

class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ('_source', '_link')

    def __init__(self, source, link):
        self._source = source       # one-element list holding the iterator
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source[0])
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(it, '__copy__'):
        first = it
    else:
        first = _tee([it], _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


# ---- combinatorics -------------------------------------------------------------------

class product(_Iter):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
    """

    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while True:
            # Advance the rightmost index that can move, odometer style.
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[j][indices[j]] for j in range(n))


def _check_r(r, allow_none):
    if r is None and allow_none:
        return None
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_Iter):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = _check_r(r, True)
        if r is None:
            r = len(pool)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    # Rotate indices[i:] left by one.
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                    i -= 1
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[k] for k in indices[:r])
                    break
            if i < 0:
                return


class combinations(_Iter):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r, False)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            # Find the rightmost index that is not at its maximum value.
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[k] for k in indices)


class combinations_with_replacement(_Iter):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'),
    ('A','C'), ('B','B'), ('B','C'), ('C','C')
    """

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r, False)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            value = indices[i] + 1
            for j in range(i, r):
                indices[j] = value
            yield tuple(pool[k] for k in indices)
