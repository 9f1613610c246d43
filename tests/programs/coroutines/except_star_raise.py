# Raising inside except* clauses: new exceptions, bare raise, and how they are combined.


def show(f):
    print(f"-- {f.__name__}")
    try:
        f()
        print("   nothing escaped")
    except BaseException as e:
        print("   escaped:", repr(e))
        print("   context:", repr(e.__context__), "cause:", repr(e.__cause__))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("     sub:", repr(sub), "context:", repr(sub.__context__))


def group():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])


def new_from_one():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")


def new_from_two():
    try:
        raise group()
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise IndexError("from T")


def bare_reraise():
    try:
        raise group()
    except* TypeError:
        raise


def reraise_and_rest():
    try:
        raise group()
    except* ValueError:
        raise
    except* KeyError:
        pass


def raise_match():
    try:
        raise group()
    except* KeyError as e:
        raise e


def new_and_reraised():
    try:
        raise group()
    except* ValueError:
        raise OSError("new")
    except* TypeError:
        raise


def with_cause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e


def naked_bare_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("instead")


def raise_group_in_handler():
    try:
        raise group()
    except* TypeError:
        raise ExceptionGroup("from handler", [ZeroDivisionError()])


def error_in_handler_expression():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        1 / 0


def in_function_frames():
    def inner():
        raise ExceptionGroup("deep", [ValueError("d"), TypeError("t")])

    def middle():
        try:
            inner()
        except* ValueError:
            print("   middle handled V")

    try:
        middle()
    except* TypeError as e:
        print("   outer got", repr(e))


for f in (new_from_one, new_from_two, bare_reraise, reraise_and_rest, raise_match, new_and_reraised,
          with_cause, naked_bare_reraise, naked_new, raise_group_in_handler, error_in_handler_expression,
          in_function_frames):
    show(f)
