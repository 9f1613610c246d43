"""Names for built-in types that are not directly accessible as builtins,
plus SimpleNamespace and a few helpers for creating classes dynamically."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'NoneType', 'NotImplementedType',
           'EllipsisType', 'GenericAlias', 'new_class', 'prepare_class',
           'resolve_bases', 'DynamicClassAttribute', 'coroutine']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass
MappingProxyType = type(type.__dict__)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)


def _cell_factory():
    a = 1

    def f():
        return a
    return f.__closure__[0]


try:
    CellType = type(_cell_factory())
except (AttributeError, TypeError, IndexError):
    pass


def _g():
    yield 1


GeneratorType = type(_g())


# Coroutine types come from a compiled snippet, so this module still loads
# on an interpreter that cannot compile async functions.
try:
    _async_ns = {}
    exec("async def _c():\n    pass\n"
         "async def _ag():\n    yield\n", _async_ns)
    _c = _async_ns['_c']()
    CoroutineType = type(_c)
    _c.close()  # Prevent ResourceWarning
    AsyncGeneratorType = type(_async_ns['_ag']())
    del _async_ns
except Exception:
    pass


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

try:
    WrapperDescriptorType = type(object.__init__)
except AttributeError:
    pass
try:
    MethodWrapperType = type(object().__str__)
except AttributeError:
    pass
try:
    MethodDescriptorType = type(str.join)
except AttributeError:
    pass
try:
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
except (AttributeError, KeyError, TypeError):
    pass
try:
    GetSetDescriptorType = type(FunctionType.__code__)
except AttributeError:
    pass
try:
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    pass

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    try:
        FrameType = type(exc.__traceback__.tb_frame)
    except AttributeError:
        pass

def _alias_arg_repr(arg):
    if isinstance(arg, type):
        if arg.__module__ == 'builtins':
            return arg.__qualname__
        return '%s.%s' % (arg.__module__, arg.__qualname__)
    if arg is Ellipsis:
        return '...'
    return repr(arg)


class _GenericAlias:
    """cls[args] for classes whose __class_getitem__ is classmethod(GenericAlias), where the
    interpreter has no builtin generic alias type (ferropy's builtin types are not
    subscriptable yet): the origin, the arguments, CPython's repr; calling it calls the
    origin."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __repr__(self):
        origin = self.__origin__
        return '%s.%s[%s]' % (origin.__module__, origin.__qualname__,
                              ', '.join(_alias_arg_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


try:
    GenericAlias = type(list[int])
except (TypeError, AttributeError):
    GenericAlias = _GenericAlias
    GenericAlias.__name__ = GenericAlias.__qualname__ = 'GenericAlias'

del sys, _f, _g, _C, _cell_factory
try:
    del _c
except NameError:
    pass


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)
    """

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        if type(self) is SimpleNamespace:
            name = 'namespace'
        else:
            name = type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '%s(...)' % name
        _repr_running.add(key)
        try:
            items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


_repr_running = set()


# ---- dynamic class creation -------------------------------------------------------

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__.

    Behaves like a property on instances; looking the attribute up on the
    class raises AttributeError so the class's __getattr__ is used instead.
    """

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return property.__get__(self, instance, ownerclass)


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    try:
        import _coroutines
    except ImportError:
        _coroutines = None
    if _coroutines is not None:
        marked = _coroutines.iterable_coroutine(func)
        if marked is not None:
            return marked
    else:
        co = getattr(func, '__code__', None)
        if co is not None and co.co_flags & 0x20:
            # A generator function: flag its code CO_ITERABLE_COROUTINE in place.
            func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
            return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if result.__class__ is CoroutineType or result.__class__ is GeneratorType:
            return result
        if hasattr(result, '__next__') and hasattr(result, 'send'):
            return _GeneratorWrapper(result)
        return result
    wrapped.__name__ = getattr(func, '__name__', 'wrapped')
    wrapped.__qualname__ = getattr(func, '__qualname__', 'wrapped')
    wrapped.__doc__ = getattr(func, '__doc__', None)
    return wrapped


class _GeneratorWrapper:
    """An awaitable over a generator-like object that is not a generator."""

    def __init__(self, gen):
        self.__wrapped = gen

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__
