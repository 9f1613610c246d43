# Errors raised while matching, with CPython's messages.
import collections


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class BadElement:
    __match_args__ = ("a", 1)
    a = 1


class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


def too_many_positional(x):
    match x:
        case NoArgs(1):
            return "?"


def not_a_tuple(x):
    match x:
        case ListArgs(1):
            return "?"


def non_string(x):
    match x:
        case BadElement(_, _):
            return "?"


def same_attribute_twice(x):
    match x:
        case TwoArgs(a, a=b):
            return "?"


def builtin_takes_one(x):
    match x:
        case int(1, 2):
            return "?"


def plural(x):
    match x:
        case TwoArgs(1, 2, 3):
            return "?"


def not_a_type(x):
    y = 3
    match x:
        case y.real():
            return "?"


def isinstance_first(x):
    match x:
        case NoArgs(1):
            return "?"
    return "no match, no error: the isinstance check comes first"


attempt("too many positional", lambda: too_many_positional(NoArgs()))
attempt("not a tuple", lambda: not_a_tuple(ListArgs()))
attempt("non-string element", lambda: non_string(BadElement()))
attempt("same attribute twice", lambda: same_attribute_twice(TwoArgs()))
attempt("builtin takes one", lambda: builtin_takes_one(1))
attempt("plural", lambda: plural(TwoArgs()))
attempt("not a type", lambda: not_a_type(1))
attempt("isinstance first", lambda: isinstance_first(5))


class Keys:
    a = 1
    b = 1.0
    c = []


def duplicate_runtime_keys(x):
    match x:
        case {Keys.a: _, Keys.b: _}:
            return "?"
    return "no"


def unhashable_key(x):
    match x:
        case {Keys.c: _}:
            return "?"
    return "no"


attempt("duplicate keys", lambda: duplicate_runtime_keys({1: 1, 2: 2}))
attempt("duplicate keys, too short to look", lambda: duplicate_runtime_keys({1: 1}))
attempt("unhashable key", lambda: unhashable_key({1: 1}))


class Raising:
    def __getattr__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(name)


def attribute_error_is_failure(x):
    match x:
        case Raising(missing=_):
            return "?"
        case Raising(boom=_):
            return "?"


attempt("other errors propagate", lambda: attribute_error_is_failure(Raising()))


class BadGet(dict):
    def get(self, key, default=None):
        raise RuntimeError("get failed for " + repr(key))


def uses_get(x):
    match x:
        case {"k": v}:
            return v


attempt("get raises", lambda: uses_get(BadGet(k=1)))


class BadLen(list):
    def __len__(self):
        raise ValueError("no length")


def uses_len(x):
    match x:
        case [_, _]:
            return "pair"


attempt("len raises", lambda: uses_len(BadLen([1, 2])))


class Shrinking(list):
    def __iter__(self):
        yield 1


def unpack_mismatch(x):
    match x:
        case [a, b]:
            return a, b


attempt("length and iteration disagree", lambda: unpack_mismatch(Shrinking([1, 2])))


class BadEq:
    def __eq__(self, other):
        raise TypeError("cannot compare")


def value_compare(x):
    match x:
        case 1:
            return "one"


attempt("== raises", lambda: value_compare(BadEq()))


class BadInstanceCheck(type):
    def __instancecheck__(cls, obj):
        raise LookupError("instancecheck failed")


class Guarded(metaclass=BadInstanceCheck):
    pass


def instancecheck(x):
    match x:
        case Guarded():
            return "?"


attempt("__instancecheck__ raises", lambda: instancecheck(1))


class MatchArgsProperty(type):
    @property
    def __match_args__(cls):
        raise AttributeError("hidden")


class Hidden(metaclass=MatchArgsProperty):
    pass


def hidden(x):
    match x:
        case Hidden(1):
            return "?"


attempt("__match_args__ raising AttributeError", lambda: hidden(Hidden()))

d = collections.defaultdict(int)


def rest_of_defaultdict(x):
    match x:
        case {**rest}:
            return rest


attempt("rest of a defaultdict", lambda: rest_of_defaultdict(d))
