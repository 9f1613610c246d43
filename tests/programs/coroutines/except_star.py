# try/except*: each clause takes its part of the group; what is left is raised again.
import sys


def show(f):
    print(f"-- {f.__name__}")
    try:
        f()
        print("   no exception escaped")
    except BaseException as e:
        print("   escaped:", repr(e))


def group():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])


def all_handled():
    try:
        raise group()
    except* ValueError as e:
        print("   V:", repr(e), repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("   T:", repr(e))
    except* LookupError as e:
        print("   L:", repr(e))


def partly_handled():
    try:
        raise group()
    except* ValueError as e:
        print("   V:", repr(e))


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("   wrapped:", repr(e), repr(e.exceptions[0]))


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("   not reached")


def tuple_clause():
    try:
        raise group()
    except* (ValueError, KeyError) as e:
        print("   VK:", repr(e))


def nothing_raised():
    try:
        print("   body ok")
    except* ValueError:
        print("   not reached")
    else:
        print("   else runs")
    finally:
        print("   finally runs")


def with_finally():
    try:
        raise group()
    except* TypeError:
        print("   T handled")
    finally:
        print("   finally runs")


def name_cleared():
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("  ", e)


def clause_order():
    try:
        raise ExceptionGroup("x", [ValueError(1), ValueError(2)])
    except* Exception as e:
        print("   first clause takes all:", repr(e))
    except* ValueError:
        print("   never")


def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("   V:", repr(e))


def bad_types():
    for t in (ExceptionGroup, (ValueError, BaseExceptionGroup), 5):
        try:
            try:
                raise ValueError(1)
            except* t:
                pass
        except TypeError as e:
            print("  ", e)


def nested_try():
    try:
        try:
            raise group()
        except* ValueError:
            print("   inner V")
    except* TypeError as e:
        print("   outer T:", repr(e))
    except* KeyError as e:
        print("   outer K:", repr(e))


def loop_inside_handler():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        for i in range(5):
            if i == 2:
                break
        print("   loop ended at", i)


def exc_info_after():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        pass
    print("   exc_info after:", sys.exc_info())


for f in (all_handled, partly_handled, naked, naked_unmatched, tuple_clause, nothing_raised,
          with_finally, name_cleared, clause_order, base_exceptions, bad_types, nested_try,
          loop_inside_handler, exc_info_after):
    show(f)

# Annotations inside try/except* at module level need __annotations__.
try:
    annotated: int = 1
except* ValueError:
    other: str = "x"
print(__annotations__)
