"""Generic (shallow and deep) copying operations.

copy(x) returns a shallow copy and deepcopy(x) a deep copy.  Classes can
customise copying with __copy__() and __deepcopy__(memo), or with a
__reduce__() method of their own.  Other instances are copied by creating a
new object with cls.__new__(cls) and copying its __dict__ and __slots__
state (or using __getstate__ / __setstate__ when the class defines them).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _sample_types():
    def f():
        pass

    class C:
        def m(self):
            pass
    result = []
    try:
        result.append(type(f.__code__))
    except AttributeError:
        pass
    result += [type(None), int, float, bool, complex, str, bytes, tuple,
              frozenset, type, range, slice, property, type(len),
              type(Ellipsis), type(NotImplemented), type(f), type([].append),
              type(C().m)]   # bound methods must stay last
    return result


# Types whose instances are returned unchanged by copy().
_atomic_shallow = frozenset(_sample_types())
# deepcopy treats the same types as atomic, except tuples and frozensets
# (whose items are copied) and bound methods.
_atomic_deep = frozenset(t for t in _atomic_shallow
                         if t not in (tuple, frozenset, _sample_types()[-1]))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_shallow:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    reductor = _class_reduce(cls)
    if reductor is not None:
        rv = reductor(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _reconstruct_instance(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _atomic_deep or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A recursive tuple may have been copied while copying its items.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _bound_method_type:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = _class_reduce(cls)
            if reductor is not None:
                rv = reductor(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _reconstruct_instance(x, memo)

    # If x is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _bound_method():
    class C:
        def m(self):
            pass
    return type(C().m)


_bound_method_type = _bound_method()


def _keep_alive(x, memo):
    """Keep a reference to x in the memo so its id stays unique."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _class_reduce(cls):
    """Return a __reduce__ method defined by a Python class in cls's MRO
    (built-in types' own reductions are not used), or None."""
    for klass in cls.__mro__:
        if klass is object or getattr(klass, '__module__', None) == 'builtins':
            return None
        if '__reduce__' in klass.__dict__:
            return klass.__dict__['__reduce__']
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None):
    """Rebuild an object from the parts returned by its __reduce__()."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if not _is_object_default(type(y), '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _slot_names(cls):
    names = []
    for klass in getattr(cls, '__mro__', (cls,)):
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _get_state(x, cls):
    """Return the instance state the way object.__getstate__ would."""
    getstate = None
    for klass in cls.__mro__:
        if klass is object:
            break
        if '__getstate__' in klass.__dict__:
            getstate = klass.__dict__['__getstate__']
            break
    if getstate is not None:
        return getstate(x)
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state or None, slots)
    return state or None


def _new_instance(x, cls, memo):
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
        if memo is not None:
            args = deepcopy(args, memo)
            kwargs = deepcopy(kwargs, memo)
        return cls.__new__(cls, *args, **kwargs)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
        if memo is not None:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    for base in (int, float, complex, str, bytes, tuple, frozenset):
        # Subclasses of immutable built-ins need their value at creation.
        if isinstance(x, base):
            value = base(x)
            if memo is not None and base in (tuple, frozenset):
                value = base(deepcopy(list(value), memo))
            return cls.__new__(cls, value)
    try:
        return cls.__new__(cls)
    except TypeError:
        raise TypeError("cannot pickle %r object" % cls.__name__) from None


def _reconstruct_instance(x, memo):
    """Copy an instance without __copy__/__deepcopy__: new object of the
    same class, then copy container contents and attribute state."""
    deep = memo is not None
    cls = type(x)
    y = _new_instance(x, cls, memo)
    if deep:
        memo[id(x)] = y

    state = _get_state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and \
                not _is_object_default(cls, '__setstate__'):
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    # Contents of built-in container base classes.
    if isinstance(x, list):
        items = list.__iter__(x)
        if deep:
            items = [deepcopy(item, memo) for item in items]
        list.extend(y, items)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        for item in set.__iter__(x):
            set.add(y, deepcopy(item, memo) if deep else item)
    return y


def _is_object_default(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass is object
    return True
